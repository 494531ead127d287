import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { holdAdvisoryLock } from "@/test/hold-advisory-lock";
import { signatureInput } from "@/lib/validation/signature";
import { signCampaign } from "@/lib/server/signatures/sign-campaign";
import { getCampaignCount } from "@/lib/server/signatures/get-campaign-count";
import { reconcileCounts } from "@/lib/server/signatures/reconcile-counts";
import { getPublicBreakdown } from "@/lib/server/disclosure/get-public-breakdown";
import { exportCounts } from "@/lib/server/stats/export-counts";
import { signaturesPerDay } from "@/lib/server/stats/signatures-per-day";
import { applyRetention } from "./apply-retention";
import { retentionSchedule } from "./retention-schedule";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const monthsAgo = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

let outbox: string;
beforeAll(async () => {
  outbox = await mkdtemp(path.join(tmpdir(), "retention-outbox-"));
  process.env.EMAIL_OUTBOX_DIR = outbox;
});
afterAll(async () => {
  await rm(outbox, { recursive: true, force: true });
  delete process.env.EMAIL_OUTBOX_DIR;
});

let serial = 0;
async function signer(opts: { lastSignInDaysAgo?: number; role?: "SUPPORTER" | "EDITOR" } = {}) {
  const created = opts.lastSignInDaysAgo === undefined ? new Date() : ago(opts.lastSignInDaysAgo);
  return db.user.create({ data: { email: `r${serial++}@example.org`, role: opts.role ?? "SUPPORTER", createdAt: created, lastSignInAt: created } });
}

async function sign(slug: string, userId: string, values: object) {
  const result = await signCampaign({ slug, userId, input: signatureInput.parse({ showName: false, follow: false, ...values }) });
  if (!result.ok || result.alreadySigned) throw new Error("not signed");
}

const openCampaign = (slug: string) => db.campaign.create({ data: { slug, status: "OPEN", title: slug, summary: "S", body: "B", goal: 100, reviewComments: false } });

// Everything the job may touch, to show that a dry run changes none of it.
async function everything() {
  return {
    signatures: await db.signature.findMany({ orderBy: { id: "asc" } }),
    shards: await db.signatureCounterShard.findMany({ orderBy: [{ campaignId: "asc" }, { country: "asc" }, { shard: "asc" }] }),
    campaigns: await db.campaign.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } }),
    users: await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
    follows: await db.follow.findMany({ orderBy: [{ userId: "asc" }, { campaignId: "asc" }] }),
    outbox: await db.emailOutbox.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
    sessions: await db.session.findMany({ orderBy: { sessionToken: "asc" }, select: { sessionToken: true } }),
    links: await db.verificationToken.findMany({ orderBy: { token: "asc" }, select: { token: true } }),
    rateLimits: await db.rateLimit.findMany({ orderBy: { key: "asc" }, select: { key: true } }),
    files: (await readdir(outbox)).sort(),
  };
}

async function perCountry(campaignId: string) {
  const rows = await db.signature.groupBy({ by: ["country"], where: { campaignId }, _count: { _all: true }, orderBy: { country: "asc" } });
  return rows.map((r) => [r.country, r._count._all]);
}

describe("the retention job", () => {
  beforeEach(resetDatabase);

  it("on a campaign closed seven months ago: signatures keep only campaign, country and day; counts stay exact; old rows go; a dry run changes nothing", async () => {
    // A campaign signed while open, then closed seven months ago.
    const closed = await openCampaign("closed-long-ago");
    const named = await signer({ lastSignInDaysAgo: 400 });
    await sign("closed-long-ago", named.id, { showName: true, displayName: "Aynur Public", comment: "Free them all", country: "DE", follow: true });
    for (let i = 0; i < 11; i++) await sign("closed-long-ago", (await signer()).id, { country: "DE", comment: `private note ${i}` });
    for (let i = 0; i < 3; i++) await sign("closed-long-ago", (await signer()).id, { country: "KZ" });
    await sign("closed-long-ago", (await signer()).id, {});
    await db.$executeRaw`UPDATE "Signature" SET "createdAt" = "createdAt" - interval '230 days' + interval '13 hours 7 minutes'`;
    await db.campaign.update({ where: { id: closed.id }, data: { status: "CLOSED", closedAt: monthsAgo(7) } });
    // Others: still open; closed a month ago; past its deadline seven months ago.
    const open = await openCampaign("still-open");
    const recent = await openCampaign("closed-recently");
    const deadline = await openCampaign("past-deadline");
    const stays = await signer({ lastSignInDaysAgo: 400 });
    await sign("still-open", stays.id, { showName: true, displayName: "Still Here", comment: "Open", country: "SE", follow: true });
    await sign("closed-recently", stays.id, { showName: true, displayName: "Still Here", country: "SE" });
    await db.campaign.update({ where: { id: recent.id }, data: { status: "CLOSED", closedAt: monthsAgo(1) } });
    await sign("past-deadline", (await signer()).id, { showName: true, displayName: "Deadline Name", country: "TR" });
    await db.campaign.update({ where: { id: deadline.id }, data: { closesAt: monthsAgo(7) } });

    // Idle accounts: none of anything for 13 months (deleted), staff (kept), idle but following (kept).
    const idle = await signer({ lastSignInDaysAgo: 400 });
    const idleStaff = await signer({ lastSignInDaysAgo: 400, role: "EDITOR" });
    const idleFollower = await signer({ lastSignInDaysAgo: 400 });
    await db.follow.create({ data: { userId: idleFollower.id, campaignId: open.id } });
    const active = await signer({ lastSignInDaysAgo: 20 });

    // Emails, sessions, sign-in links, rate limits and email files, old and new.
    await db.emailOutbox.createMany({
      data: [
        { dedupeKey: "sent-old", to: "a@example.org", subject: "s", text: "t", status: "SENT", sentAt: ago(31) },
        { dedupeKey: "failed-old", to: "b@example.org", subject: "s", text: "t", status: "FAILED", createdAt: ago(40) },
        { dedupeKey: "sent-new", to: "c@example.org", subject: "s", text: "t", status: "SENT", sentAt: ago(29) },
        { dedupeKey: "pending", to: "d@example.org", subject: "s", text: "t", status: "PENDING", createdAt: ago(40) },
        { dedupeKey: "idle-person", to: idle.email, subject: "s", text: "t", status: "PENDING" },
      ],
    });
    await db.session.createMany({
      data: [
        { sessionToken: "expired", userId: active.id, expires: ago(1), createdAt: ago(31) },
        { sessionToken: "live", userId: active.id, expires: new Date(Date.now() + DAY), createdAt: ago(20) },
      ],
    });
    await db.verificationToken.createMany({
      data: [
        { identifier: "x@example.org", token: "expired-link", expires: ago(1) },
        { identifier: "y@example.org", token: "live-link", expires: new Date(Date.now() + DAY) },
        { identifier: idle.email, token: "idle-link", expires: new Date(Date.now() + DAY) },
      ],
    });
    await db.rateLimit.createMany({ data: [{ key: "old", points: 1, expiresAt: ago(1) }, { key: "new", points: 1, expiresAt: new Date(Date.now() + DAY) }] });
    await writeFile(path.join(outbox, "old.eml"), "old");
    await utimes(path.join(outbox, "old.eml"), ago(31), ago(31));
    await writeFile(path.join(outbox, "new.eml"), "new");

    const counts = async () => Promise.all([closed, open, recent, deadline].map(async (c) => (await getCampaignCount({ slug: c.slug }))?.signatureCount));
    const countsBefore = await counts();
    expect(countsBefore).toEqual([16, 1, 1, 1]);
    const countriesBefore = await perCountry(closed.id);
    const breakdownBefore = await getPublicBreakdown({ campaignId: closed.id });
    expect(breakdownBefore).toMatchObject({ countries: [{ country: "DE", count: 12 }], otherCountries: null });
    const csvBefore = await exportCounts();
    const perDayBefore = await signaturesPerDay({ campaignId: closed.id, days: 400 });
    const versionBefore = (await db.campaign.findUniqueOrThrow({ where: { id: closed.id } })).updatedAt;

    // A dry run reports what a run would do, and changes nothing.
    const before = await everything();
    const dry = await applyRetention({ dryRun: true });
    expect(await everything()).toEqual(before);

    const run = await applyRetention();
    expect(run.skipped).toBe(false);
    expect(dry.results).toEqual(run.results);
    expect(Object.fromEntries(run.results.map((r) => [r.id, r.count]))).toEqual({
      emails: 2,
      sessions: 1,
      signInLinks: 1,
      rateLimits: 1,
      signatures: 17, // the 16 on the closed campaign and 1 past its deadline
      follows: 1,
      accounts: 2, // the idle one, and the named signer, who has no signature left after detaching
      emailFiles: 1,
    });

    // Only campaign, country and day remain on the closed campaign's signatures.
    const detached = await db.signature.findMany({ where: { campaignId: closed.id } });
    expect(detached).toHaveLength(16);
    for (const s of detached) {
      expect(s).toMatchObject({ userId: null, displayName: null, comment: null, showName: false, commentHidden: false, commentPending: false });
      expect(s.createdAt.toISOString()).toMatch(/T00:00:00\.000Z$/);
    }
    expect(JSON.stringify(detached)).not.toMatch(/Aynur|Free them|private note/);
    // Counts, per-country totals, the public breakdown, the staff chart and CSV: unchanged.
    expect(await counts()).toEqual(countsBefore);
    expect(await perCountry(closed.id)).toEqual(countriesBefore);
    expect((await reconcileCounts()).drift).toEqual([]);
    await db.publicBreakdown.update({ where: { campaignId: closed.id }, data: { computedAt: ago(1) } });
    const breakdownAfter = await getPublicBreakdown({ campaignId: closed.id });
    expect({ ...breakdownAfter, computedAt: null }).toEqual({ ...breakdownBefore, computedAt: null });
    expect(await exportCounts()).toBe(csvBefore);
    expect(await signaturesPerDay({ campaignId: closed.id, days: 400 })).toEqual(perDayBefore);
    // Its shown name left the public page: the campaign has a new version.
    expect((await db.campaign.findUniqueOrThrow({ where: { id: closed.id } })).updatedAt.getTime()).toBeGreaterThan(versionBefore.getTime());

    // Open and recently closed campaigns keep their signers.
    expect(await db.signature.findMany({ where: { campaignId: { in: [open.id, recent.id] } }, select: { userId: true, displayName: true } })).toEqual([
      { userId: stays.id, displayName: "Still Here" },
      { userId: stays.id, displayName: "Still Here" },
    ]);
    expect(await db.signature.findFirst({ where: { campaignId: deadline.id } })).toMatchObject({ userId: null, displayName: null });
    // Follows of the closed campaign are gone; others stay.
    expect(await db.follow.findMany({ select: { campaignId: true } })).toEqual(expect.arrayContaining([{ campaignId: open.id }]));
    expect(await db.follow.count({ where: { campaignId: closed.id } })).toBe(0);
    // Idle supporters are gone with their links and emails; staff, followers, the active and signers stay.
    const left = new Set((await db.user.findMany({ select: { id: true } })).map((u) => u.id));
    expect(left.has(idle.id)).toBe(false);
    expect(left.has(named.id)).toBe(false);
    for (const kept of [idleStaff, idleFollower, active, stays]) expect(left.has(kept.id)).toBe(true);
    expect((await db.emailOutbox.findMany({ orderBy: { dedupeKey: "asc" }, select: { dedupeKey: true } })).map((e) => e.dedupeKey)).toEqual(["pending", "sent-new"]);
    expect((await db.session.findMany({ select: { sessionToken: true } })).map((s) => s.sessionToken)).toEqual(["live"]);
    expect((await db.verificationToken.findMany({ select: { token: true } })).map((t) => t.token)).toEqual(["live-link"]);
    expect((await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key)).toEqual(["new"]);
    expect(await readdir(outbox)).toEqual(["new.eml"]);

    // Applying it again finds nothing more to do.
    expect((await applyRetention()).results.every((r) => r.count === 0)).toBe(true);
  });

  it("runs on one instance at a time: while another holds its lock, it does nothing", async () => {
    await db.session.create({ data: { sessionToken: "expired", userId: (await signer()).id, expires: ago(1) } });
    const lock = await holdAdvisoryLock(727003);
    expect(await applyRetention()).toEqual({ dryRun: false, skipped: true, results: [] });
    expect(await db.session.count()).toBe(1);
    await lock.release();
    expect((await applyRetention()).results.find((r) => r.id === "sessions")?.count).toBe(1);
  });
});

describe("the retention schedule", () => {
  it("takes its periods from the settings", () => {
    const periods = Object.fromEntries(
      retentionSchedule({ sentEmailDays: 7, detachSignaturesMonths: 3, idleAccountMonths: 24, runEveryHours: 24 }).map((e) => [e.id, e.period]),
    );
    expect(periods).toEqual({
      emails: { days: 7 },
      sessions: "expiry",
      signInLinks: "expiry",
      rateLimits: "expiry",
      signatures: { months: 3 },
      follows: { months: 3 },
      accounts: { months: 24 },
      emailFiles: { days: 7 },
    });
  });
});
