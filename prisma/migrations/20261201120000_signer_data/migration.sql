-- Issue 9: signers' data. Disclose less (an hourly public breakdown by country), keep less
-- (retention: detached signatures, last sign-in), ask before assuming (comments reviewed).

-- A signature detached from its account by the retention job keeps only campaign, country, day.
ALTER TABLE "Signature" ALTER COLUMN "userId" DROP NOT NULL;

-- Named comments wait for review on campaigns that ask for it.
ALTER TABLE "Signature" ADD COLUMN "commentPending" BOOLEAN NOT NULL DEFAULT false;

-- On for new campaigns and, by this default, for every campaign that exists now: the safer
-- choice. Comments already public stay as they are (staff can still hide them).
ALTER TABLE "Campaign" ADD COLUMN "reviewComments" BOOLEAN NOT NULL DEFAULT true;

-- When a campaign stopped taking signatures; the retention job counts from the earlier of
-- this and a past "closesAt".
ALTER TABLE "Campaign" ADD COLUMN "closedAt" TIMESTAMP(3);

-- Campaigns closed before this column existed: their last edit (most likely the closing) or
-- their deadline, whichever came first, so that their signers' data goes sooner, not later.
UPDATE "Campaign"
   SET "closedAt" = LEAST(COALESCE("closesAt", "updatedAt"), "updatedAt")
 WHERE "status" IN ('CLOSED', 'ACHIEVED', 'ARCHIVED');

-- Every way of changing a campaign's status keeps "closedAt" right: set when it leaves OPEN
-- (or DRAFT) for a closed status, unless the same statement sets it; cleared if it reopens.
CREATE FUNCTION "campaign_closed_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" IN ('CLOSED', 'ACHIEVED', 'ARCHIVED') THEN
    IF TG_OP = 'INSERT' THEN
      NEW."closedAt" := COALESCE(NEW."closedAt", now() AT TIME ZONE 'UTC');
    ELSIF OLD."status" NOT IN ('CLOSED', 'ACHIEVED', 'ARCHIVED') AND NEW."closedAt" IS NOT DISTINCT FROM OLD."closedAt" THEN
      NEW."closedAt" := now() AT TIME ZONE 'UTC';
    ELSIF NEW."closedAt" IS NULL THEN
      NEW."closedAt" := COALESCE(OLD."closedAt", now() AT TIME ZONE 'UTC');
    END IF;
  ELSE
    NEW."closedAt" := NULL;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Campaign_closed_at"
  BEFORE INSERT OR UPDATE OF "status", "closedAt" ON "Campaign"
  FOR EACH ROW EXECUTE FUNCTION "campaign_closed_at"();

-- The last sign-in of each account, for the retention of idle accounts. Kept by a trigger on
-- "Session", so it holds whatever code creates sessions; one statement per insert, however
-- many sessions it inserts.
ALTER TABLE "User" ADD COLUMN "lastSignInAt" TIMESTAMP(3);

UPDATE "User" u
   SET "lastSignInAt" = s."at"
  FROM (SELECT "userId", max("createdAt") AS "at" FROM "Session" GROUP BY "userId") s
 WHERE u."id" = s."userId";

CREATE FUNCTION "session_marks_sign_in"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" u
     SET "lastSignInAt" = s."at"
    FROM (SELECT "userId", max("createdAt") AS "at" FROM "new_sessions" GROUP BY "userId") s
   WHERE u."id" = s."userId" AND (u."lastSignInAt" IS NULL OR u."lastSignInAt" < s."at");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Session_marks_sign_in"
  AFTER INSERT ON "Session"
  REFERENCING NEW TABLE AS "new_sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION "session_marks_sign_in"();

-- The public breakdown by country, one snapshot per campaign, recomputed at most hourly.
CREATE TABLE "PublicBreakdown" (
    "campaignId" TEXT NOT NULL,
    "countries" JSONB NOT NULL,
    "otherCountries" INTEGER,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicBreakdown_pkey" PRIMARY KEY ("campaignId")
);

ALTER TABLE "PublicBreakdown" ADD CONSTRAINT "PublicBreakdown_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Staff audit entries never hold a supporter's address. Role changes used to record the
-- address of the account whose role changed (before and after); from now on they record its
-- id only. The entries already written lose that one field here, in the same transaction as
-- the rest of this migration: the only time the append-only trigger is set aside, by the
-- database owner, for this one scrub (docs/decisions/008-signers-data.md).
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";

UPDATE "AuditLog"
   SET "before" = CASE WHEN jsonb_typeof("before") = 'object' THEN "before" - 'email' ELSE "before" END,
       "after" = CASE WHEN jsonb_typeof("after") = 'object' THEN "after" - 'email' ELSE "after" END
 WHERE "action" = 'user.role'
   AND ("before" ? 'email' OR "after" ? 'email');

ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";
