// Seeds the demands into an empty database. Idempotent: a campaign whose slug exists is left
// exactly as it is (an admin may have edited it), so running this twice changes nothing.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedCampaigns, type SeedCampaign } from "./seed-data";

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
        sourceTitle: seed.sourceTitle,
        translations: {
          create: Object.entries(seed.translations).map(([locale, text]) => ({ locale, ...text })),
        },
      },
    });
    const targetIds = new Map<string, string>();
    for (const [position, target] of seed.targets.entries()) {
      const row = await tx.target.create({
        data: {
          campaignId: campaign.id,
          name: target.name,
          institution: target.institution,
          status: target.status,
          position,
          translations: { create: Object.entries(target.translations).map(([locale, text]) => ({ locale, ...text })) },
        },
      });
      targetIds.set(target.key, row.id);
    }
    for (const event of seed.events) {
      await tx.campaignEvent.create({
        data: {
          campaignId: campaign.id,
          occurredOn: new Date(`${event.occurredOn}T00:00:00Z`),
          title: event.title,
          body: event.body,
          targetId: event.targetKey ? targetIds.get(event.targetKey) : undefined,
          translations: { create: Object.entries(event.translations).map(([locale, text]) => ({ locale, ...text })) },
        },
      });
    }
    return true;
  });
}

export async function seed(connectionString: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const created: string[] = [];
    for (const campaign of seedCampaigns) if (await seedCampaign(db, campaign)) created.push(campaign.slug);
    return created;
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
  seed(url).then(
    (created) => console.log(created.length ? `Seeded: ${created.join(", ")}` : "Seed: nothing to do"),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
