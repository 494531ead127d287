import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { campaignStats } from "./campaign-stats";
import { exportCounts } from "./export-counts";
import { signaturesPerDay } from "./signatures-per-day";

const DAY = 86_400_000;
const utcDay = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);
// Noon UTC that many days ago (or the current time for today), so a run near midnight stays on its day.
const at = (daysAgo: number) => (daysAgo === 0 ? new Date() : new Date(`${utcDay(daysAgo)}T12:00:00Z`));

let serial = 0;
async function sign(campaignId: string, daysAgo: number, n: number, country: string | null = null) {
  const users = Array.from({ length: n }, () => ({ email: `signer-${serial++}@example.org`, name: `Signer Name ${serial}` }));
  await db.user.createMany({ data: users });
  const ids = await db.user.findMany({ where: { email: { in: users.map((u) => u.email) } }, select: { id: true } });
  await db.signature.createMany({
    data: ids.map((u) => ({ campaignId, userId: u.id, country, createdAt: at(daysAgo), comment: "secret comment", displayName: "Secret Name" })),
  });
}

async function campaign(slug: string) {
  return db.campaign.create({ data: { slug, status: "OPEN", title: slug, summary: "s", body: "b", goal: 100 } });
}

describe("aggregate numbers", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("signaturesPerDay counts per UTC day, zero-filled, oldest first, for one campaign", async () => {
    const a = await campaign("a");
    const b = await campaign("b");
    await sign(a.id, 0, 3);
    await sign(a.id, 2, 2, "SE");
    await sign(a.id, 40, 5);
    await sign(b.id, 1, 4);
    const days = await signaturesPerDay({ campaignId: a.id, days: 5 });
    expect(days).toEqual([
      { day: utcDay(4), count: 0 },
      { day: utcDay(3), count: 0 },
      { day: utcDay(2), count: 2 },
      { day: utcDay(1), count: 0 },
      { day: utcDay(0), count: 3 },
    ]);
    const month = await signaturesPerDay({ campaignId: a.id });
    expect(month).toHaveLength(30);
    expect(month.reduce((sum, d) => sum + d.count, 0)).toBe(5);
    expect(await signaturesPerDay({ campaignId: "missing", days: 3 })).toEqual([0, 1, 2].reverse().map((d) => ({ day: utcDay(d), count: 0 })));
  });

  it("campaignStats gives today's signatures and subscribed followers for every campaign", async () => {
    const a = await campaign("a");
    const b = await campaign("b");
    await sign(a.id, 0, 3);
    await sign(a.id, 1, 2);
    const [u1, u2, u3] = await Promise.all([1, 2, 3].map((n) => db.user.create({ data: { email: `f${n}@example.org` } })));
    await db.follow.createMany({
      data: [
        { userId: u1!.id, campaignId: a.id },
        { userId: u2!.id, campaignId: a.id },
        { userId: u3!.id, campaignId: a.id, unsubscribedAt: new Date() },
        { userId: u3!.id, campaignId: b.id },
      ],
    });
    const stats = await campaignStats();
    expect(stats.get(a.id)).toEqual({ signaturesToday: 3, followers: 2 });
    expect(stats.get(b.id)).toEqual({ signaturesToday: 0, followers: 1 });
  });

  it("exports counts per campaign, day and country, grouped as the public sees them, small cells suppressed, no signer data", async () => {
    const a = await campaign("a");
    const b = await campaign("=cmd");
    await sign(a.id, 1, 12, "SE");
    await sign(a.id, 1, 15, "DE");
    await sign(a.id, 1, 3, "KZ");
    await sign(a.id, 1, 20);
    await sign(a.id, 2, 4, "DE");
    await sign(b.id, 2, 11, "US");
    const csv = await exportCounts();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe('"campaign","day","country","signatures"');
    const [d1, d2] = [utcDay(1), utcDay(2)];
    // KZ has 3 signers in all, so it is never named: with those who gave no country it is
    // "other" (23). DE on day 2 (4) is under 10; DE's total is public, so DE on day 1 is hidden
    // too, and then, the day's total being known to staff, the smallest other cell of day 1.
    expect(lines.slice(1)).toEqual([
      `"'=cmd","${d2}","US","11"`,
      `"a","${d2}","DE","<10"`,
      `"a","${d1}","DE","hidden"`,
      `"a","${d1}","SE","hidden"`,
      `"a","${d1}","other","23"`,
    ]);
    expect(csv).not.toContain("KZ");
    expect(csv).not.toMatch(/@|secret|Signer Name|Secret Name/i);
    const ids = await db.user.findMany({ select: { id: true } });
    for (const { id } of ids) expect(csv).not.toContain(id);
  });
});
