// Signing in one statement, so it is atomic without a transaction round trip: the signature is
// inserted unless this user already signed (the unique constraint decides, so fifty concurrent
// submits make one row), and only a new row adds one to a random counter shard; following, when
// asked, in the same statement. Signing an open campaign only: the campaign row is read, not
// locked. A named comment on a campaign that reviews comments is stored as waiting for review:
// nobody but its writer and staff sees it. It answers the count and the follow as they were
// before its own change (a statement sees the snapshot it started with), so the caller adds its
// own change back.
//
// Plain SQL with positional parameters, shared by the app (lib/server/signatures/sign-campaign.ts)
// and the bench's plain server, which must do exactly the app's database work.
import { randomShard } from "./shards";

export type SignRow = {
  campaignId: string | null;
  inserted: number;
  commentPending: boolean | null;
  followed: number;
  wasFollowing: number;
  positionEmails: boolean | null;
  before: number;
};

export const SIGN_SQL = `
  WITH campaign AS (
    SELECT "id", "reviewComments" FROM "Campaign"
    WHERE "slug" = $1 AND "status" = 'OPEN' AND ("closesAt" IS NULL OR "closesAt" > now())
      AND ("opensAt" IS NULL OR "opensAt" <= now())
  ), inserted AS (
    INSERT INTO "Signature" ("id", "campaignId", "userId", "showName", "displayName", "country", "comment", "commentPending", "createdAt")
    SELECT $2::text, campaign."id", $3::text, $4::boolean, $5::text, $6::text, $7::text, campaign."reviewComments" AND $10::boolean, now()
    FROM campaign
    ON CONFLICT ("campaignId", "userId") DO NOTHING
    RETURNING "campaignId", "commentPending"
  ), counted AS (
    INSERT INTO "SignatureCounterShard" ("campaignId", "country", "shard", "count")
    SELECT "campaignId", COALESCE($6::text, ''), $8::int, 1 FROM inserted
    ON CONFLICT ("campaignId", "country", "shard")
    DO UPDATE SET "count" = "SignatureCounterShard"."count" + 1
    RETURNING 1
  ), followed AS (
    INSERT INTO "Follow" ("userId", "campaignId", "createdAt")
    SELECT $3::text, campaign."id", now() FROM campaign WHERE $9::boolean
    ON CONFLICT ("userId", "campaignId") DO UPDATE SET "unsubscribedAt" = NULL
    RETURNING 1
  )
  SELECT (SELECT "id" FROM campaign) AS "campaignId",
         (SELECT count(*) FROM inserted)::int AS "inserted",
         (SELECT "commentPending" FROM inserted) AS "commentPending",
         (SELECT count(*) FROM followed)::int AS "followed",
         (SELECT count(*) FROM "Follow" f, campaign
          WHERE f."userId" = $3::text AND f."campaignId" = campaign."id" AND f."unsubscribedAt" IS NULL)::int AS "wasFollowing",
         (SELECT f."positionEmails" FROM "Follow" f, campaign WHERE f."userId" = $3::text AND f."campaignId" = campaign."id") AS "positionEmails",
         (SELECT COALESCE(SUM(s."count"), 0) FROM "SignatureCounterShard" s, campaign WHERE s."campaignId" = campaign."id")::int AS "before"`;

export type SignQueryInput = {
  slug: string;
  userId: string;
  signatureId: string;
  input: { showName: boolean; displayName?: string; country?: string; comment?: string; follow: boolean };
};

export function signParameters({ slug, userId, signatureId, input }: SignQueryInput): unknown[] {
  const namedComment = input.showName && input.comment !== undefined;
  return [slug, signatureId, userId, input.showName, input.displayName ?? null, input.country ?? null, input.comment ?? null, randomShard(), input.follow, namedComment];
}
