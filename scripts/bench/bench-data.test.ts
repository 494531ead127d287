import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDatabase } from "@/test/db";
import { seed } from "@/prisma/seed";
import { getPublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { createCampaigns } from "./bench-data";

describe("bench data", () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  });
  afterAll(() => pool.end());

  it("copies a seeded campaign with its decision makers, tracker record and evidence, so the copy's page shows the same", async () => {
    await resetDatabase();
    await seed(process.env.DATABASE_URL!);
    const { page, pageSource } = await createCampaigns(pool, "t1");
    expect(pageSource).toBe("special-coordinator-east-turkistan");
    const original = await getPublicCampaign({ slug: pageSource!, locale: "ug" });
    const copy = await getPublicCampaign({ slug: page.slug, locale: "ug" });
    const shape = (c: typeof original) => ({
      title: c?.title,
      targets: c?.targets.map((t) => [t.decisionMaker.name, t.status]),
      events: c?.events.map((e) => [e.title, e.evidence?.url, e.changes.length]),
    });
    expect(shape(copy)).toEqual(shape(original));
    expect(copy?.events.length).toBeGreaterThan(0);
  });
});
