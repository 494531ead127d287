import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { holdAdvisoryLock } from "@/test/hold-advisory-lock";
import { signatureInput } from "@/lib/validation/signature";
import { signCampaign } from "@/lib/server/signatures/sign-campaign";
import { getPublicBreakdown } from "./get-public-breakdown";
import { refreshPublicBreakdown } from "./refresh-public-breakdown";

let serial = 0;
async function sign(slug: string, country: string | undefined, n = 1) {
  for (let i = 0; i < n; i++) {
    const user = await db.user.create({ data: { email: `b${serial++}@example.org` } });
    await signCampaign({ slug, userId: user.id, input: signatureInput.parse({ showName: false, follow: false, country }) });
  }
}

// What a test (or an operator) does to make the next read recompute: date the snapshot back.
const ageSnapshot = (campaignId: string) =>
  db.publicBreakdown.update({ where: { campaignId }, data: { computedAt: new Date(Date.now() - 61 * 60_000) } });

const version = async (id: string) => (await db.campaign.findUniqueOrThrow({ where: { id } })).updatedAt.getTime();

describe("the public breakdown by country", () => {
  beforeEach(resetDatabase);

  it("is computed once and then kept for an hour, whatever arrives meanwhile", async () => {
    const c = await db.campaign.create({ data: { slug: "b", status: "OPEN", title: "T", summary: "S", body: "B", goal: 100 } });
    await sign("b", "DE", 10);
    const first = await getPublicBreakdown({ campaignId: c.id });
    expect(first).toMatchObject({ countries: [{ country: "DE", count: 10 }], otherCountries: null });
    await sign("b", "DE", 2);
    await sign("b", "KZ", 1);
    const again = await getPublicBreakdown({ campaignId: c.id });
    expect(again).toEqual(first);
    // After the hour the next reader recomputes it; the small country is still not named.
    await ageSnapshot(c.id);
    const later = await getPublicBreakdown({ campaignId: c.id });
    expect(later).toMatchObject({ countries: [{ country: "DE", count: 12 }], otherCountries: null });
    expect(later.computedAt.getTime()).toBeGreaterThan(first.computedAt.getTime());
    expect(JSON.stringify(later)).not.toContain("KZ");
  });

  it("gives the campaign a new version when what the public sees changes, and only then", async () => {
    const c = await db.campaign.create({ data: { slug: "v", status: "OPEN", title: "T", summary: "S", body: "B", goal: 100 } });
    await sign("v", "KZ", 1);
    const v0 = await version(c.id);
    await getPublicBreakdown({ campaignId: c.id });
    expect(await version(c.id)).toBe(v0); // nothing shown, nothing changed
    await sign("v", "TR", 9);
    await ageSnapshot(c.id);
    expect((await getPublicBreakdown({ campaignId: c.id })).otherCountries).toBe(10);
    const v1 = await version(c.id);
    expect(v1).toBeGreaterThan(v0);
    await ageSnapshot(c.id);
    await getPublicBreakdown({ campaignId: c.id });
    expect(await version(c.id)).toBe(v1);
  });

  it("is recomputed by one instance at a time; the others serve what is stored", async () => {
    const c = await db.campaign.create({ data: { slug: "l", status: "OPEN", title: "T", summary: "S", body: "B", goal: 100 } });
    await sign("l", "DE", 10);
    const stored = await getPublicBreakdown({ campaignId: c.id });
    await sign("l", "DE", 1);
    await ageSnapshot(c.id);
    // Another instance holds the campaign's lock (as while it recomputes).
    const lock = await holdAdvisoryLock(727002, c.id);
    expect(await refreshPublicBreakdown({ campaignId: c.id })).toBeNull();
    expect((await getPublicBreakdown({ campaignId: c.id })).countries).toEqual(stored.countries);
    await lock.release();
    expect((await getPublicBreakdown({ campaignId: c.id })).countries).toEqual([{ country: "DE", count: 11 }]);
  });
});
