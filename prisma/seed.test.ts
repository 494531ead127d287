import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { seed } from "./seed";
import { seedCampaigns } from "./seed-data";

async function snapshot() {
  return {
    campaigns: await db.campaign.findMany({ orderBy: { slug: "asc" } }),
    translations: await db.campaignTranslation.findMany({ orderBy: [{ campaignId: "asc" }, { locale: "asc" }] }),
    targets: await db.target.findMany({ orderBy: { id: "asc" } }),
    events: await db.campaignEvent.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("seed", () => {
  beforeEach(resetDatabase);

  it("creates every demand as an open campaign with targets, a goal and a Uyghur translation", async () => {
    const created = await seed(process.env.DATABASE_URL!);
    expect(created).toEqual(seedCampaigns.map((c) => c.slug));
    const campaigns = await db.campaign.findMany({ include: { targets: true, translations: true } });
    expect(campaigns).toHaveLength(4);
    for (const campaign of campaigns) {
      expect(campaign.status).toBe("OPEN");
      expect(campaign.goal).toBeGreaterThan(0);
      expect(campaign.targets.length).toBeGreaterThan(0);
      expect(campaign.translations.map((t) => t.locale)).toEqual(["ug"]);
      expect(campaign.sourceTitle).toMatch(/ANI \(2024\)/);
    }
  });

  it("records the 19 January 2021 US genocide determination on the US-facing demands", async () => {
    await seed(process.env.DATABASE_URL!);
    const events = await db.campaignEvent.findMany({ include: { campaign: true, target: true } });
    expect(events.map((e) => e.campaign.slug).sort()).toEqual(["recognise-east-turkistan-occupied", "special-coordinator-east-turkistan"]);
    for (const event of events) {
      expect(event.occurredOn.toISOString().slice(0, 10)).toBe("2021-01-19");
      expect(event.title).toMatch(/genocide/);
      expect(event.target).not.toBeNull();
    }
  });

  it("changes nothing when run twice, and leaves an edited campaign as it is", async () => {
    await seed(process.env.DATABASE_URL!);
    await db.campaign.update({ where: { slug: "support-icc-complaint" }, data: { title: "Edited by an admin" } });
    const before = await snapshot();
    expect(await seed(process.env.DATABASE_URL!)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});
