import "server-only";
import { db } from "@/lib/server/db";

export type Drift = { campaignId: string; country: string; stored: number; actual: number };

// Arbitrary but fixed: instances running the job at once take turns on this lock.
const LOCK = 727_001;

// Compares each campaign's stored counts (per country) with its signature rows and corrects
// any drift. Both sides are read by one statement, so from one snapshot; a signature and its
// counter change are written by one statement too, so that snapshot never sees one without
// the other. The correction is relative (count + delta) on shard 0, so signatures arriving
// meanwhile are not lost.
export async function reconcileCounts(): Promise<{ drift: Drift[]; skipped: boolean }> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK}) AS "locked"`;
      if (!lock?.locked) return { drift: [], skipped: true };
      const drift = await tx.$queryRaw<Drift[]>`
        WITH actual AS (
          SELECT "campaignId", COALESCE("country", '') AS "country", count(*)::int AS "n"
          FROM "Signature" GROUP BY 1, 2
        ), stored AS (
          SELECT "campaignId", "country", SUM("count")::int AS "n"
          FROM "SignatureCounterShard" GROUP BY 1, 2
        )
        SELECT COALESCE(a."campaignId", s."campaignId") AS "campaignId",
               COALESCE(a."country", s."country") AS "country",
               COALESCE(s."n", 0) AS "stored", COALESCE(a."n", 0) AS "actual"
        FROM actual a FULL OUTER JOIN stored s ON a."campaignId" = s."campaignId" AND a."country" = s."country"
        WHERE COALESCE(a."n", 0) <> COALESCE(s."n", 0)`;
      for (const d of drift) {
        await tx.$executeRaw`
          INSERT INTO "SignatureCounterShard" ("campaignId", "country", "shard", "count")
          VALUES (${d.campaignId}, ${d.country}, 0, ${d.actual - d.stored})
          ON CONFLICT ("campaignId", "country", "shard")
          DO UPDATE SET "count" = "SignatureCounterShard"."count" + ${d.actual - d.stored}`;
      }
      return { drift, skipped: false };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
