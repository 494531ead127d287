// PostgreSQL stopped at once ("immediate": to its clients, a crash) in the middle of a signing
// surge, and started again: no acknowledged signature is lost, every failure is a 503 with
// Retry-After, anonymous readers keep getting pages, each instance logs the outage in one line
// each way, and everything recovers without a restart of the app.
import { readFileSync } from "node:fs";
import { createCampaign, createSupporters, stored } from "../data";
import { startSurge, statusSummary, type SurgeAnswer } from "../surge";
import { seconds, type Check } from "../context";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const OUTAGE_MS = 5_000;

const lineCount = (file: string) => readFileSync(file, "utf8").split("\n").length - 1;

export const databaseRestartCheck: Check = {
  name: "PostgreSQL stopped at once and restarted mid-surge",
  async run(cluster) {
    const { client, db, origin, cookieName, run, primary, instances } = cluster;
    const slug = `cluster-${run}-outage`;
    const campaignId = await createCampaign(db, { id: `${run}outage`, slug, title: "Cluster check: database outage" });
    const supporters = await createSupporters(db, `${run}o`, 30_000);
    // Pages readers asked for before the outage, on every instance (as a busy site's are):
    // each instance keeps its own cached copies, and nginx may send a reader to either.
    const paths = ["/", "/ug", `/campaigns/${slug}`, `/ug/campaigns/${slug}`];
    for (const instance of instances) for (const p of paths) await client.request(`${instance.origin}${p}`);
    const pages = [...paths.map((p) => `${origin}${p}`), ...instances.flatMap((i) => paths.map((p) => `${i.origin}${p}`))];

    const surge = startSurge({ client, origin, slug, supporters, cookieName, concurrency: 24 });
    await sleep(3_000);
    const logFiles = instances.map((i) => i.logFiles.at(-1)!);
    const linesBefore = logFiles.map(lineCount);
    const stoppedAt = Date.now();
    primary.stop("immediate");

    // While it is away: readers, and the instances' readiness.
    const reads: SurgeAnswer[] = [];
    const readiness: number[] = [];
    const reading = (async () => {
      while (Date.now() - stoppedAt < OUTAGE_MS) {
        for (const page of pages) {
          const answer = await client.request(page).catch(() => undefined);
          reads.push({ at: Date.now(), status: answer?.status ?? 0, retryAfter: answer?.headers["retry-after"] as string | undefined });
        }
        for (const instance of instances) readiness.push((await client.request(`${instance.origin}/api/ready`).catch(() => undefined))?.status ?? 0);
        await sleep(100);
      }
    })();
    await sleep(OUTAGE_MS);
    await reading;
    primary.start();
    const startedAt = Date.now();

    // Recovery: the first signature acknowledged after the restart.
    const ackBefore = surge.acknowledged.length;
    while (surge.acknowledged.length === ackBefore && Date.now() - startedAt < 60_000) await sleep(20);
    const recoveredMs = Date.now() - startedAt;
    await sleep(3_000);
    await surge.stop();

    const s = await stored(db, campaignId, surge.acknowledged);
    const during = surge.answers.filter((a) => a.at >= stoppedAt && a.at <= startedAt);
    const failures = surge.answers.filter((a) => a.status !== 200);
    const badFailures = failures.filter((a) => a.status !== 503 || !a.retryAfter);
    const badReads = reads.filter((a) => a.status !== 200);
    const logs = logFiles.map((file, i) => {
      const added = readFileSync(file, "utf8").split("\n").slice(linesBefore[i], -1);
      return { instance: instances[i]!.name, added: added.length, database: added.filter((line) => line.startsWith("database: ")) };
    });
    const logsOk = logs.every((l) => l.database.length === 2 && /unreachable/.test(l.database[0]!) && /reachable again/.test(l.database[1]!));
    const ok = s.missing === 0 && s.count === s.rows && badFailures.length === 0 && badReads.length === 0 && recoveredMs < 30_000 && logsOk;
    return {
      name: this.name,
      ok,
      lines: [
        `database away for ${seconds(startedAt - stoppedAt)} (pg_ctl stop -m immediate, then start)`,
        `acknowledged ${surge.acknowledged.length.toLocaleString("en")}, stored ${s.rows.toLocaleString("en")}, lost ${s.missing}; count ${s.count.toLocaleString("en")} = rows: ${s.count === s.rows ? "yes" : "NO"}`,
        `signing while it was away: ${statusSummary(during)}; over the whole surge: ${statusSummary(surge.answers)}`,
        ...(badFailures.length > 0 ? [`failures that were not 503 with Retry-After: ${statusSummary(badFailures)}`] : []),
        `anonymous pages while it was away (home and campaign, through nginx and each instance): ${statusSummary(reads)}`,
        `/api/ready while it was away: ${statusSummary(readiness.map((status) => ({ status, retryAfter: "5" })))}`,
        `signing acknowledged again ${seconds(recoveredMs)} after PostgreSQL accepted connections, with no restart of the app`,
        ...logs.map((l) => `${l.instance} wrote ${l.added} log lines meanwhile: ${l.database.map((line) => JSON.stringify(line.slice(0, 110))).join(", ")}`),
      ],
    };
  },
};
