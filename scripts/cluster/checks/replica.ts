// With a streaming replica (pg_basebackup) named by DATABASE_REPLICA_URL: public reads come from
// it, every write and what a signer sees come from the primary at once, a withdrawn name leaves
// the pages within a second even while the replica lags, and public reads fall back to the
// primary when the replica is away.
import path from "node:path";
import { createCampaign, createSupporters } from "../data";
import { startInstance, stopInstance } from "../instances";
import { createReplica } from "../postgres";
import { seconds, type Check, type Cluster } from "../context";
import { describeGone, timeUntilGone } from "../gone";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function countOn(cluster: Cluster, origin: string, slug: string): Promise<number | null> {
  const answer = await cluster.client.request(`${origin}/api/campaigns/${slug}/count`);
  return answer.status === 200 ? (JSON.parse(answer.body) as { signatureCount: number }).signatureCount : null;
}

async function jsonCountOn(cluster: Cluster, origin: string, slug: string): Promise<number | null> {
  const answer = await cluster.client.request(`${origin}/api/campaigns/${slug}`);
  return answer.status === 200 ? (JSON.parse(answer.body) as { signatureCount: number }).signatureCount : null;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) return Infinity;
    await sleep(50);
  }
  return Date.now() - started;
}

export const replicaCheck: Check = {
  name: "public reads from a streaming replica, writes on the primary",
  async run(cluster) {
    const { client, db, origin, cookieName, run, primary, config } = cluster;
    const lines: string[] = [];
    let ok = true;
    const replica = createReplica({ primary, dir: path.join(config.dir, "replica"), port: config.replicaPort });
    cluster.replica = replica;
    // A rolling restart onto the replica: one instance at a time, the other serving.
    for (const [i, instance] of cluster.instances.entries()) {
      await stopInstance(instance);
      cluster.instances[i] = await startInstance({ ...instance.settings, replicaUrl: replica.url() });
      cluster.instances[i]!.logFiles.unshift(...instance.logFiles);
    }
    lines.push(`replica made with pg_basebackup; instances restarted one at a time with DATABASE_REPLICA_URL`);

    const slug = `cluster-${run}-replica`;
    const campaignId = await createCampaign(db, { id: `${run}replica`, slug, title: "Cluster check: replica" });
    const supporters = await createSupporters(db, `${run}p`, 51);
    const [named, ...others] = supporters as [[string, string], ...[string, string][]];
    const sign = (token: string, body: object) =>
      client.request(`${origin}/api/campaigns/${slug}/signature`, {
        method: "POST",
        headers: { Origin: origin, Cookie: `${cookieName}=${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ showName: false, follow: false, ...body }),
      });
    const name = `Replica canary ${run}`;
    await sign(named[1], { showName: true, displayName: name });
    const pages = cluster.instances.map((i) => `${i.origin}/campaigns/${slug}`);
    // The replica has the name and the pages show it (rendered from the replica once caught up).
    await until(async () => (await Promise.all(pages.map((p) => client.request(p)))).every((a) => a.body.includes(name)), 15_000);

    await replica.query(`SELECT pg_wal_replay_pause()`);
    const writes = await Promise.all(others.map(([, token]) => sign(token, {})));
    const acknowledged = writes.filter((w) => w.status === 200).length;
    const onPrimary = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Signature" WHERE "campaignId" = $1`, [campaignId])).rows[0]!.n;
    lines.push(`replica paused; ${acknowledged} signatures acknowledged, and ${onPrimary} rows on the primary at once (the first signature and these)`);
    if (acknowledged !== others.length || onPrimary !== others.length + 1) ok = false;

    await sleep(1_200); // past the count's one-second memo
    for (const instance of cluster.instances) {
      const count = await countOn(cluster, instance.origin, slug);
      const json = await jsonCountOn(cluster, instance.origin, slug);
      lines.push(`${instance.name}: public count ${count}, JSON ${json} while the primary holds ${onPrimary}: ${count === 1 && json === 1 ? "read from the replica" : "NOT from the replica"}`);
      if (count !== 1 || json !== 1) ok = false;
    }

    // Withdrawn while the replica lags: the pages must not keep the name from it.
    await client.request(`${origin}/api/campaigns/${slug}/signature`, { method: "DELETE", headers: { Origin: origin, Cookie: `${cookieName}=${named[1]}` } });
    const withdrawnAt = Date.now();
    const gone = await timeUntilGone(client, cluster.instances.map((i, n) => ({ label: i.name, url: pages[n]! })), name, withdrawnAt);
    for (const g of gone) {
      lines.push(`${g.label}, replica paused: ${describeGone(g, seconds)}`);
      if (g.lastShownSentMs > 1_000) ok = false;
    }

    await replica.query(`SELECT pg_wal_replay_resume()`);
    const caughtUp = await until(async () => (await countOn(cluster, cluster.instances[0]!.origin, slug)) === onPrimary - 1, 15_000);
    lines.push(`replay resumed: public count caught up after ${Number.isFinite(caughtUp) ? seconds(caughtUp) : "more than 15 s"}`);
    if (!Number.isFinite(caughtUp)) ok = false;

    replica.stop("immediate");
    await sleep(1_200);
    const fallback = await Promise.all(
      cluster.instances.flatMap((instance) => [
        client.request(`${instance.origin}/api/campaigns/${slug}/count`),
        client.request(`${instance.origin}/api/campaigns/${slug}`),
        client.request(`${instance.origin}/campaigns/${slug}`),
        client.request(`${instance.origin}/`),
      ]),
    );
    const statuses = fallback.map((a) => a.status);
    lines.push(`replica stopped: count, JSON, campaign and home pages on each instance answered ${statuses.join(", ")} (from the primary)`);
    if (statuses.some((s) => s !== 200)) ok = false;
    replica.start();
    return { name: this.name, ok, lines };
  },
};
