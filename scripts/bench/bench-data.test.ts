import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDatabase } from "@/test/db";
import { seed } from "@/prisma/seed";
import { getPublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { addSignatures, checkCounts, createCampaigns } from "./bench-data";

describe("bench data", () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  });
  afterAll(() => pool.end());

  it("copies a seeded campaign with its decision makers, tracker record and evidence, so the copy's page shows the same", async () => {
    await resetDatabase();
    await seed(process.env.DATABASE_URL!);
    const { page, scale, pageSource } = await createCampaigns(pool, "t1");
    expect(pageSource).toBe("special-coordinator-east-turkistan");
    const original = await getPublicCampaign({ slug: pageSource!, locale: "ug" });
    const copy = await getPublicCampaign({ slug: page.slug, locale: "ug" });
    // The scale test's campaign is a second copy of the same page (read beside the first).
    const scaleCopy = await getPublicCampaign({ slug: scale.slug, locale: "ug" });
    const shape = (c: typeof original) => ({
      title: c?.title,
      targets: c?.targets.map((t) => [t.decisionMaker.name, t.status]),
      events: c?.events.map((e) => [e.title, e.evidence?.url, e.changes.length]),
    });
    expect(shape(copy)).toEqual(shape(original));
    expect(shape(scaleCopy)).toEqual(shape(original));
    expect(scale.slug).not.toBe(page.slug);
    expect(copy?.events.length).toBeGreaterThan(0);
  });

  it("signs both copies with the same supporters, each copy's stored count equal to its rows", async () => {
    await resetDatabase();
    await seed(process.env.DATABASE_URL!);
    const { page, scale } = await createCampaigns(pool, "t2");
    await pool.query(`INSERT INTO "User" (id, email, role, "updatedAt") SELECT 't2u' || g, 't2-' || g || '@bench.invalid', 'SUPPORTER', now() FROM generate_series(1, 5) g`);
    expect(await addSignatures(pool, { run: "t2", campaignId: page.id, from: 1, to: 10, existingUsers: 5 })).toBe(10);
    expect(await addSignatures(pool, { run: "t2", campaignId: scale.id, from: 1, to: 30, existingUsers: 10 })).toBe(30);
    const checks = await checkCounts(pool, [page, scale]);
    expect(checks.map((c) => [c.rows, c.stored])).toEqual([[10, 10], [30, 30]]);
  });
});
