import { COUNT_SQL, type CampaignCount } from "@/lib/counting/count-query";
import { randomShard } from "@/lib/counting/shards";
import type { Query, SigningDatabase } from "@/lib/database/query";
import { consumeRateLimitsWith, RATE_LIMITS } from "@/lib/security/rate-limit";

export type SupporterWithdrawResult = { ok: true; withdrawn: boolean; signatureCount: number } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

// Withdrawing deletes the signature (nothing of it is kept) and takes one off a random
// shard of the same country, in one statement. Allowed whatever the campaign's status.
// When the signer had chosen to show their name, the campaign's version moves on too, so the
// page anonymous readers are served from cache (addressed by version) stops showing it at
// once, with no race against a render already under way (docs/decisions/006).
const WITHDRAW_SQL = `
  WITH removed AS (
    DELETE FROM "Signature" s
    USING "Campaign" c
    WHERE s."campaignId" = c."id" AND c."slug" = $1 AND s."userId" = $2
    RETURNING s."campaignId", COALESCE(s."country", '') AS "country", s."showName"
  ), counted AS (
    INSERT INTO "SignatureCounterShard" ("campaignId", "country", "shard", "count")
    SELECT "campaignId", "country", $3::int, -1 FROM removed
    ON CONFLICT ("campaignId", "country", "shard")
    DO UPDATE SET "count" = "SignatureCounterShard"."count" - 1
    RETURNING 1
  ), shown AS (
    UPDATE "Campaign" SET "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE "id" IN (SELECT "campaignId" FROM removed WHERE "showName")
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM removed)::int AS "withdrawn", (SELECT count(*) FROM shown)::int AS "shown"`;

export async function withdrawSignatureWith(query: Query, { slug, userId }: { slug: string; userId: string }): Promise<{ withdrawn: boolean }> {
  const [row] = await query<{ withdrawn: number; shown: number }>(WITHDRAW_SQL, [slug, userId, randomShard()]);
  return { withdrawn: (row?.withdrawn ?? 0) > 0 };
}

// Withdrawing as a supporter, behind both the withdraw form's Server Action and
// DELETE /api/campaigns/{slug}/signature (the front door): the supporter's rate limit (shared
// with signing), the withdrawal, and the count after it. The caller has already decided this
// supporter may withdraw.
export async function withdrawAsSupporterWith(database: SigningDatabase, { userId, slug }: { userId: string; slug: string }): Promise<SupporterWithdrawResult> {
  const limited = await consumeRateLimitsWith(database, [[RATE_LIMITS.signingPerUser, userId]]);
  if (!limited.ok) return { ok: false, reason: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };
  const { withdrawn } = await withdrawSignatureWith(database.query, { slug, userId });
  const [count] = await database.query<CampaignCount>(COUNT_SQL, [slug]);
  return { ok: true, withdrawn, signatureCount: count?.signatureCount ?? 0 };
}
