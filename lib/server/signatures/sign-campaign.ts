import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import type { SignatureInput } from "@/lib/validation/signature";
import { randomShard } from "./shards";

export type SignResult =
  | { ok: true; alreadySigned: boolean; campaignId: string; signatureCount: number }
  | { ok: false; reason: "not_found" | "not_open" };

// One statement, so it is atomic without a transaction round trip: the signature is inserted
// unless this user already signed (the unique constraint decides, so fifty concurrent
// submits make one row), and only a new row adds one to a random counter shard. Signing an
// open campaign only: the campaign row is read, not locked. A named comment on a campaign that
// reviews comments is stored as waiting for review: nobody but its writer and staff sees it.
export async function signCampaign({ slug, userId, input }: { slug: string; userId: string; input: SignatureInput }): Promise<SignResult> {
  const country = input.country ?? "";
  const [row] = await db.$queryRaw<{ campaignId: string | null; inserted: number; before: number }[]>`
    WITH campaign AS (
      SELECT "id", "reviewComments" FROM "Campaign"
      WHERE "slug" = ${slug} AND "status" = 'OPEN' AND ("closesAt" IS NULL OR "closesAt" > now())
        AND ("opensAt" IS NULL OR "opensAt" <= now())
    ), inserted AS (
      INSERT INTO "Signature" ("id", "campaignId", "userId", "showName", "displayName", "country", "comment", "commentPending", "createdAt")
      SELECT ${randomUUID()}, campaign."id", ${userId}, ${input.showName}, ${input.displayName ?? null},
             ${input.country ?? null}, ${input.comment ?? null},
             campaign."reviewComments" AND ${input.showName && input.comment !== undefined}, now()
      FROM campaign
      ON CONFLICT ("campaignId", "userId") DO NOTHING
      RETURNING "campaignId"
    ), counted AS (
      INSERT INTO "SignatureCounterShard" ("campaignId", "country", "shard", "count")
      SELECT "campaignId", ${country}, ${randomShard()}, 1 FROM inserted
      ON CONFLICT ("campaignId", "country", "shard")
      DO UPDATE SET "count" = "SignatureCounterShard"."count" + 1
      RETURNING 1
    ), followed AS (
      INSERT INTO "Follow" ("userId", "campaignId", "createdAt")
      SELECT ${userId}, campaign."id", now() FROM campaign WHERE ${input.follow}
      ON CONFLICT ("userId", "campaignId") DO UPDATE SET "unsubscribedAt" = NULL
      RETURNING 1
    )
    SELECT (SELECT "id" FROM campaign) AS "campaignId",
           (SELECT count(*) FROM inserted)::int AS "inserted",
           (SELECT count(*) FROM followed)::int AS "followed",
           (SELECT COALESCE(SUM(s."count"), 0) FROM "SignatureCounterShard" s, campaign WHERE s."campaignId" = campaign."id")::int AS "before"`;

  if (row?.campaignId) {
    // The statement reads the shards as they were before its own change: add it back.
    return { ok: true, alreadySigned: row.inserted === 0, campaignId: row.campaignId, signatureCount: row.before + row.inserted };
  }
  const campaign = await db.campaign.findFirst({ where: { slug, status: { not: "DRAFT" } }, select: { id: true } });
  return { ok: false, reason: campaign ? "not_open" : "not_found" };
}
