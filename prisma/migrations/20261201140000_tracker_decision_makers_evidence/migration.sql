-- Issue 11, the tracker: decision makers become shared records linked to campaigns
-- (CampaignTarget), positions move only through events (PositionChange), events can be corrected
-- or retracted in public (EventCorrection), and evidence is archived with its SHA-256 (Evidence,
-- EvidenceContent). Existing rows are carried over: each Target becomes a CampaignTarget with
-- the same id, addressed to a DecisionMaker (targets with the same language, name and
-- institution share one), keeping their translations; each event keeps its position change and
-- its evidence link.

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('LINK', 'FETCHED', 'UPLOADED');

-- CreateEnum
CREATE TYPE "EventCorrectionKind" AS ENUM ('CORRECTED', 'RETRACTED');

-- AlterEnum
ALTER TYPE "TargetStatus" ADD VALUE 'DECLINED_FOR_NOW';

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "sourceDate" TEXT,
ADD COLUMN     "sourcePublisher" TEXT;

-- AlterTable
ALTER TABLE "Follow" ADD COLUMN     "positionEmails" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DecisionMaker" (
    "id" TEXT NOT NULL,
    "seedKey" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "institution" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DecisionMaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionMakerTranslation" (
    "decisionMakerId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "institution" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DecisionMakerTranslation_pkey" PRIMARY KEY ("decisionMakerId","locale")
);

-- CreateTable
CREATE TABLE "CampaignTarget" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "decisionMakerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionChange" (
    "eventId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "status" "TargetStatus" NOT NULL,

    CONSTRAINT "PositionChange_pkey" PRIMARY KEY ("eventId","targetId")
);

-- CreateTable
CREATE TABLE "EventCorrection" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" "EventCorrectionKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventCorrectionTranslation" (
    "correctionId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "EventCorrectionTranslation_pkey" PRIMARY KEY ("correctionId","locale")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "url" TEXT,
    "sourceTitle" TEXT NOT NULL DEFAULT '',
    "sourcePublisher" TEXT NOT NULL DEFAULT '',
    "sourceDate" TEXT NOT NULL DEFAULT '',
    "sha256" TEXT,
    "contentType" TEXT,
    "size" INTEGER,
    "finalUrl" TEXT,
    "archivedAt" TIMESTAMP(3),
    "fileName" TEXT,
    "recordedById" TEXT,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "replacedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceContent" (
    "evidenceId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "EvidenceContent_pkey" PRIMARY KEY ("evidenceId")
);

-- CreateTable
CREATE TABLE "SeedRevision" (
    "name" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeedRevision_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "DecisionMaker_seedKey_key" ON "DecisionMaker"("seedKey");

-- CreateIndex
CREATE INDEX "CampaignTarget_decisionMakerId_idx" ON "CampaignTarget"("decisionMakerId");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignTarget_campaignId_decisionMakerId_key" ON "CampaignTarget"("campaignId", "decisionMakerId");

-- CreateIndex
CREATE INDEX "PositionChange_targetId_idx" ON "PositionChange"("targetId");

-- CreateIndex
CREATE INDEX "EventCorrection_eventId_createdAt_idx" ON "EventCorrection"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "Evidence_eventId_idx" ON "Evidence"("eventId");

-- AddForeignKey
ALTER TABLE "DecisionMakerTranslation" ADD CONSTRAINT "DecisionMakerTranslation_decisionMakerId_fkey" FOREIGN KEY ("decisionMakerId") REFERENCES "DecisionMaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTarget" ADD CONSTRAINT "CampaignTarget_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTarget" ADD CONSTRAINT "CampaignTarget_decisionMakerId_fkey" FOREIGN KEY ("decisionMakerId") REFERENCES "DecisionMaker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionChange" ADD CONSTRAINT "PositionChange_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CampaignEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionChange" ADD CONSTRAINT "PositionChange_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "CampaignTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCorrection" ADD CONSTRAINT "EventCorrection_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CampaignEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCorrection" ADD CONSTRAINT "EventCorrection_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCorrectionTranslation" ADD CONSTRAINT "EventCorrectionTranslation_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "EventCorrection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CampaignEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceContent" ADD CONSTRAINT "EvidenceContent_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------- carry the existing rows over ----------

ALTER TABLE "CampaignEvent" ADD COLUMN "retractedAt" TIMESTAMP(3);

-- One decision maker per distinct (language, name, institution); the oldest target lends its id.
CREATE TEMPORARY TABLE "_target_dm" AS
SELECT t."id" AS "targetId",
       first_value(t."id") OVER (PARTITION BY c."locale", t."name", t."institution" ORDER BY t."createdAt", t."id") AS "decisionMakerId",
       c."locale"
FROM "Target" t JOIN "Campaign" c ON c."id" = t."campaignId";

INSERT INTO "DecisionMaker" ("id", "locale", "name", "institution", "createdAt", "updatedAt")
SELECT t."id", m."locale", t."name", t."institution", t."createdAt", t."updatedAt"
FROM "Target" t JOIN "_target_dm" m ON m."targetId" = t."id" AND m."decisionMakerId" = t."id";

INSERT INTO "DecisionMakerTranslation" ("decisionMakerId", "locale", "name", "institution")
SELECT tt."targetId", tt."locale", tt."name", tt."institution"
FROM "TargetTranslation" tt JOIN "_target_dm" m ON m."targetId" = tt."targetId" AND m."decisionMakerId" = tt."targetId";

INSERT INTO "CampaignTarget" ("id", "campaignId", "decisionMakerId", "position", "createdAt")
SELECT t."id", t."campaignId", m."decisionMakerId", t."position", t."createdAt"
FROM "Target" t JOIN "_target_dm" m ON m."targetId" = t."id";

INSERT INTO "PositionChange" ("eventId", "targetId", "status")
SELECT e."id", e."targetId", e."targetStatus" FROM "CampaignEvent" e
WHERE e."targetId" IS NOT NULL AND e."targetStatus" IS NOT NULL;

-- A status set on the campaign form with no event saying so: kept, by an event that says
-- exactly that, dated when the status was last saved.
CREATE TEMPORARY TABLE "_latest_change" AS
SELECT DISTINCT ON (e."targetId") e."targetId", e."targetStatus"
FROM "CampaignEvent" e WHERE e."targetId" IS NOT NULL AND e."targetStatus" IS NOT NULL
ORDER BY e."targetId", e."occurredOn" DESC, e."createdAt" DESC;

INSERT INTO "CampaignEvent" ("id", "campaignId", "occurredOn", "title", "body", "createdAt")
SELECT 'carried-' || t."id", t."campaignId", t."updatedAt"::date,
       'Position carried over from the earlier record',
       'This position was set on the campaign form on ' || to_char(t."updatedAt", 'YYYY-MM-DD') ||
       ', before positions could change only through dated events. No source was recorded with it.',
       t."updatedAt"
FROM "Target" t LEFT JOIN "_latest_change" l ON l."targetId" = t."id"
WHERE t."status" <> 'NO_RESPONSE' AND l."targetStatus" IS DISTINCT FROM t."status";

INSERT INTO "CampaignEventTranslation" ("eventId", "locale", "title", "body")
SELECT 'carried-' || t."id", 'ug', 'بۇرۇنقى خاتىرىدىن كۆچۈرۈلگەن مەيدان',
       'بۇ مەيدان ' || to_char(t."updatedAt", 'YYYY-MM-DD') ||
       ' كۈنى پائالىيەت جەدۋىلىدە بەلگىلەنگەن، ئۇ چاغدا مەيدانلار تېخى پەقەت چېسلالىق ۋەقەلەر ئارقىلىقلا ئۆزگەرمەيتتى. ئۇنىڭ بىلەن بىرگە ھېچقانداق مەنبە خاتىرىلەنمىگەن.'
FROM "Target" t LEFT JOIN "_latest_change" l ON l."targetId" = t."id"
WHERE t."status" <> 'NO_RESPONSE' AND l."targetStatus" IS DISTINCT FROM t."status";

INSERT INTO "PositionChange" ("eventId", "targetId", "status")
SELECT 'carried-' || t."id", t."id", t."status"
FROM "Target" t LEFT JOIN "_latest_change" l ON l."targetId" = t."id"
WHERE t."status" <> 'NO_RESPONSE' AND l."targetStatus" IS DISTINCT FROM t."status";

-- An evidence link becomes a link-only Evidence row (nothing was archived then; the page says so).
INSERT INTO "Evidence" ("id", "eventId", "kind", "url", "recordedById", "createdAt")
SELECT 'link-' || e."id", e."id", 'LINK', e."evidenceUrl", e."authorId", e."createdAt"
FROM "CampaignEvent" e WHERE e."evidenceUrl" IS NOT NULL AND e."evidenceUrl" <> '';

DROP TABLE "_target_dm", "_latest_change";

-- ---------- the old columns and tables go ----------

-- AlterTable
ALTER TABLE "CampaignEvent" DROP COLUMN "evidenceUrl",
DROP COLUMN "targetId",
DROP COLUMN "targetStatus";

-- DropForeignKey
ALTER TABLE "Target" DROP CONSTRAINT "Target_campaignId_fkey";

-- DropForeignKey
ALTER TABLE "TargetTranslation" DROP CONSTRAINT "TargetTranslation_targetId_fkey";

-- DropTable
DROP TABLE "Target";

-- DropTable
DROP TABLE "TargetTranslation";


-- ---------- archived evidence cannot quietly change ----------

ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_sha256_hex" CHECK ("sha256" IS NULL OR "sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_archive_complete" CHECK (
  ("kind" = 'LINK' AND "sha256" IS NULL) OR
  ("kind" <> 'LINK' AND "sha256" IS NOT NULL AND "size" IS NOT NULL AND "contentType" IS NOT NULL AND "archivedAt" IS NOT NULL)
);

-- What an Evidence row says about its source and its archive is fixed once written: only who
-- verified it, whether it was replaced, and (when an account is deleted) who recorded it change.
CREATE FUNCTION "evidence_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."eventId", NEW."kind", NEW."url", NEW."sourceTitle", NEW."sourcePublisher", NEW."sourceDate", NEW."sha256",
      NEW."contentType", NEW."size", NEW."finalUrl", NEW."archivedAt", NEW."fileName", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."eventId", OLD."kind", OLD."url", OLD."sourceTitle", OLD."sourcePublisher", OLD."sourceDate", OLD."sha256",
      OLD."contentType", OLD."size", OLD."finalUrl", OLD."archivedAt", OLD."fileName", OLD."createdAt") THEN
    RAISE EXCEPTION 'Evidence cannot be changed; record a correction instead';
  END IF;
  IF OLD."recordedById" IS NOT NULL AND NEW."recordedById" IS NOT NULL AND NEW."recordedById" <> OLD."recordedById" THEN
    RAISE EXCEPTION 'Evidence cannot change who recorded it';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Evidence_immutable" BEFORE UPDATE ON "Evidence"
  FOR EACH ROW EXECUTE FUNCTION "evidence_is_immutable"();

-- The archived bytes are written once, and only with the hash and size their Evidence row states.
CREATE FUNCTION "evidence_content_matches"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  expected RECORD;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'Archived evidence cannot be changed';
  END IF;
  SELECT "sha256", "size" INTO expected FROM "Evidence" WHERE "id" = NEW."evidenceId";
  IF expected."sha256" IS DISTINCT FROM encode(sha256(NEW."bytes"), 'hex') OR expected."size" IS DISTINCT FROM length(NEW."bytes") THEN
    RAISE EXCEPTION 'Archived evidence does not match its SHA-256 or size';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "EvidenceContent_matches" BEFORE INSERT OR UPDATE ON "EvidenceContent"
  FOR EACH ROW EXECUTE FUNCTION "evidence_content_matches"();
