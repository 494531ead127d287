// Seeds the demands into a database, and brings a database seeded earlier up to date.
// Idempotent: a campaign whose slug exists is never created again, and each correction of
// earlier seeded data (seed-corrections.ts) runs once, recorded in SeedRevision. `npm run db:seed`
// runs both; scripts/with-db.ts runs the corrections at every start and seeds an empty database.
//
//   tsx prisma/seed.ts [--corrections-only]
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedCampaigns, type SeedCampaign } from "./seed-data";
import { correctTrackerRecord } from "./seed-corrections";
import { SEED_REVISIONS } from "./seed-revisions";
import { campaignSource, createSeededEvent, linkSeededTargets } from "./seed-write";

type Revision = (typeof SEED_REVISIONS)[number];
const CORRECTIONS: Record<Revision, typeof correctTrackerRecord> = { "2026-12-tracker-record": correctTrackerRecord };

async function seedCampaign(db: PrismaClient, seed: SeedCampaign): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const existing = await tx.campaign.findUnique({ where: { slug: seed.slug }, select: { id: true } });
    if (existing) return false;
    const campaign = await tx.campaign.create({
      data: {
        slug: seed.slug,
        locale: seed.locale,
        title: seed.title,
        summary: seed.summary,
        body: seed.body,
        status: seed.status,
        goal: seed.goal,
        opensAt: new Date(),
        ...campaignSource(seed),
        translations: { create: Object.entries(seed.translations).map(([locale, text]) => ({ locale, ...text })) },
      },
    });
    const targets = await linkSeededTargets(tx, campaign.id, seed);
    for (const event of seed.events) await createSeededEvent(tx, campaign.id, event, targets);
    return true;
  });
}

// Each correction once, in order, in its own transaction with the row that records it.
async function applyCorrections(db: PrismaClient): Promise<{ applied: string[]; notes: string[] }> {
  const applied: string[] = [];
  const notes: string[] = [];
  for (const name of SEED_REVISIONS) {
    await db.$transaction(async (tx) => {
      // Two instances starting at once: the second waits here, then finds the row and skips.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed-revisions'))`;
      if (await tx.seedRevision.findUnique({ where: { name } })) return;
      notes.push(...(await CORRECTIONS[name](tx)));
      await tx.seedRevision.create({ data: { name } });
      applied.push(name);
    });
  }
  return { applied, notes };
}

export async function seed(connectionString: string, { correctionsOnly = false } = {}) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    // Corrections first: a new database has nothing to correct, so they are only marked done,
    // and the campaigns created next are already the corrected ones.
    const corrections = await applyCorrections(db);
    const created: string[] = [];
    if (!correctionsOnly) for (const campaign of seedCampaigns) if (await seedCampaign(db, campaign)) created.push(campaign.slug);
    return { created, ...corrections };
  } finally {
    await db.$disconnect();
  }
}

const url = process.env.DATABASE_URL;
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!url) {
    console.error("DATABASE_URL is not set. Use `npm run db:seed`, which provides one.");
    process.exit(1);
  }
  seed(url, { correctionsOnly: process.argv.includes("--corrections-only") }).then(
    ({ created, applied, notes }) => {
      if (created.length) console.log(`Seeded: ${created.join(", ")}`);
      if (applied.length) console.log(`Seed corrections applied: ${applied.join(", ")}`);
      for (const note of notes) console.log(`Seed correction: ${note}`);
      if (!created.length && !applied.length) console.log("Seed: nothing to do");
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
