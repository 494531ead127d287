// kill -9 of one instance (its whole process tree) in the middle of a signing surge through
// nginx: no acknowledged signature is lost, the count equals the rows, every failure is a 503
// with Retry-After, and the instance serves again once restarted.
import { createCampaign, createSupporters, stored } from "../data";
import { killInstance, restartInstance } from "../instances";
import { startSurge, statusSummary } from "../surge";
import { seconds, type Check } from "../context";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const instanceKillCheck: Check = {
  name: "kill -9 of an instance during a signing surge through nginx",
  async run(cluster) {
    const { client, db, origin, cookieName, run } = cluster;
    const campaignId = await createCampaign(db, { id: `${run}kill`, slug: `cluster-${run}-kill`, title: "Cluster check: kill -9" });
    const supporters = await createSupporters(db, `${run}k`, 20_000);
    const surge = startSurge({ client, origin, slug: `cluster-${run}-kill`, supporters, cookieName, concurrency: 24 });
    await sleep(3_000);
    const victim = cluster.instances[0]!;
    const killedAt = Date.now();
    await killInstance(victim);
    await sleep(4_000);
    await surge.stop();
    const restartAt = Date.now();
    cluster.instances[0] = await restartInstance(victim);
    const restartMs = Date.now() - restartAt;

    const s = await stored(db, campaignId, surge.acknowledged);
    const failures = surge.answers.filter((a) => a.status !== 200);
    // A request whose answer the instance was writing when it died can only lose its connection:
    // counted apart, and only around the moment of the kill.
    const cutOff = failures.filter((a) => a.status === 0 && Math.abs(a.at - killedAt) < 2_000);
    const badFailures = failures.filter((a) => (a.status !== 503 || !a.retryAfter) && !cutOff.includes(a));
    const afterKill = surge.answers.filter((a) => a.at >= killedAt);
    const ok = s.missing === 0 && s.count === s.rows && badFailures.length === 0 && surge.acknowledged.length > 0;
    return {
      name: this.name,
      ok,
      lines: [
        `acknowledged ${surge.acknowledged.length.toLocaleString("en")}, stored ${s.rows.toLocaleString("en")}, lost ${s.missing} (stored beyond acknowledged: ${s.rows - surge.acknowledged.length}, answers lost with the killed instance)`,
        `count ${s.count.toLocaleString("en")} = rows ${s.rows.toLocaleString("en")}: ${s.count === s.rows ? "yes" : "NO"}`,
        `statuses: ${statusSummary(surge.answers)}; after the kill: ${statusSummary(afterKill)}` +
          (cutOff.length > 0 ? ` (${cutOff.length} connections cut as the instance died: not acknowledged)` : ""),
        ...(badFailures.length > 0 ? [`failures that were not 503 with Retry-After: ${statusSummary(badFailures)} (${[...new Set(badFailures.map((f) => f.error ?? ""))].join("; ")})`] : []),
        `${victim.name} restarted and ready after ${seconds(restartMs)}`,
      ],
    };
  },
};
