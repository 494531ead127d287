import "server-only";
import { db } from "@/lib/server/db";
import { randomShard } from "@/lib/counting/shards";

// Withdrawing deletes the signature (nothing of it is kept) and takes one off a random
// shard of the same country, in one statement. Allowed whatever the campaign's status.
// When the signer had chosen to show their name, the campaign's version moves on too, so the
// page anonymous readers are served from cache (addressed by version) stops showing it at
// once, with no race against a render already under way (docs/decisions/006).
export async function withdrawSignature({ slug, userId }: { slug: string; userId: string }): Promise<{ withdrawn: boolean }> {
  const [row] = await db.$queryRaw<{ withdrawn: number; shown: number }[]>`
    WITH removed AS (
      DELETE FROM "Signature" s
      USING "Campaign" c
      WHERE s."campaignId" = c."id" AND c."slug" = ${slug} AND s."userId" = ${userId}
      RETURNING s."campaignId", COALESCE(s."country", '') AS "country", s."showName"
    ), counted AS (
      INSERT INTO "SignatureCounterShard" ("campaignId", "country", "shard", "count")
      SELECT "campaignId", "country", ${randomShard()}, -1 FROM removed
      ON CONFLICT ("campaignId", "country", "shard")
      DO UPDATE SET "count" = "SignatureCounterShard"."count" - 1
      RETURNING 1
    ), shown AS (
      UPDATE "Campaign" SET "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" IN (SELECT "campaignId" FROM removed WHERE "showName")
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM removed)::int AS "withdrawn", (SELECT count(*) FROM shown)::int AS "shown"`;
  return { withdrawn: (row?.withdrawn ?? 0) > 0 };
}
