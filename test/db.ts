// The database for integration tests: the real, migrated PostgreSQL that global-setup started.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export { db };

const TABLES = [
  "AuditLog",
  "SitePage",
  "EmailOutbox",
  "RateLimit",
  "CampaignUpdate",
  "Follow",
  "PublicBreakdown",
  "SignatureCounterShard",
  "Signature",
  "EvidenceContent",
  "Evidence",
  "EventCorrectionTranslation",
  "EventCorrection",
  "PositionChange",
  "CampaignEventTranslation",
  "CampaignEvent",
  "CampaignTarget",
  "DecisionMakerTranslation",
  "DecisionMaker",
  "SeedRevision",
  "CampaignTranslation",
  "Campaign",
  "Session",
  "Account",
  "VerificationToken",
  "User",
];

// Empties every table but the append-only audit log, which only a superuser TRUNCATE ... bypassing
// its trigger could clear, so tests never depend on it being empty.
export async function resetDatabase() {
  const tables = TABLES.filter((t) => t !== "AuditLog")
    .map((t) => `"${t}"`)
    .join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${tables} CASCADE`);
}

export function newClient() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
}
