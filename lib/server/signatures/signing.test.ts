import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { signatureInput } from "@/lib/validation/signature";
import { getCampaignCount } from "./get-campaign-count";
import { listRecentSigners } from "./public-signers";
import { reconcileCounts } from "./reconcile-counts";
import { signCampaign } from "./sign-campaign";
import { withdrawSignature } from "./withdraw-signature";

const input = (values: object = {}) => signatureInput.parse({ showName: false, follow: false, ...values });

async function campaign(slug = "demand", extra: object = {}) {
  return db.campaign.create({ data: { slug, status: "OPEN", title: "T", summary: "S", body: "B", goal: 1000, ...extra } });
}

async function users(n: number, prefix = "u") {
  await db.user.createMany({ data: Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, email: `${prefix}${i}@example.org` })) });
  return Array.from({ length: n }, (_, i) => `${prefix}${i}`);
}

const count = async (slug = "demand") => (await getCampaignCount({ slug }))?.signatureCount;

describe("signing", () => {
  beforeEach(resetDatabase);

  it("50 concurrent submits by one user make one row and add one", async () => {
    const c = await campaign();
    const [userId] = await users(1);
    const results = await Promise.all(Array.from({ length: 50 }, () => signCampaign({ slug: "demand", userId: userId!, input: input() })));
    expect(results.filter((r) => r.ok && !r.alreadySigned)).toHaveLength(1);
    expect(results.filter((r) => r.ok && r.alreadySigned)).toHaveLength(49);
    expect(await db.signature.count({ where: { campaignId: c.id } })).toBe(1);
    expect(await count()).toBe(1);
  });

  it("200 users signing at once give exactly 200 rows and a count of 200, read at once", async () => {
    const c = await campaign();
    const ids = await users(200);
    await Promise.all(ids.map((userId) => signCampaign({ slug: "demand", userId, input: input({ country: "GB" }) })));
    expect(await db.signature.count({ where: { campaignId: c.id } })).toBe(200);
    expect(await count()).toBe(200);
    // Spread over shards, so signers did not queue on one row.
    expect(await db.signatureCounterShard.count({ where: { campaignId: c.id } })).toBeGreaterThan(1);
    expect(await reconcileCounts()).toEqual({ drift: [], skipped: false });
  });

  it("answers with the count including the new signature", async () => {
    await campaign();
    const [a, b] = await users(2);
    expect(await signCampaign({ slug: "demand", userId: a!, input: input() })).toMatchObject({ ok: true, alreadySigned: false, signatureCount: 1 });
    expect(await signCampaign({ slug: "demand", userId: b!, input: input() })).toMatchObject({ signatureCount: 2 });
    expect(await signCampaign({ slug: "demand", userId: b!, input: input() })).toMatchObject({ alreadySigned: true, signatureCount: 2 });
  });

  it("withdrawing deletes the signature and takes one off the count", async () => {
    const c = await campaign();
    const [a, b] = await users(2);
    await signCampaign({ slug: "demand", userId: a!, input: input({ country: "FR" }) });
    await signCampaign({ slug: "demand", userId: b!, input: input() });
    expect(await withdrawSignature({ slug: "demand", userId: a! })).toEqual({ withdrawn: true });
    expect(await withdrawSignature({ slug: "demand", userId: a! })).toEqual({ withdrawn: false });
    expect(await count()).toBe(1);
    expect(await db.signature.findMany({ where: { campaignId: c.id }, select: { userId: true } })).toEqual([{ userId: b }]);
    expect(await reconcileCounts()).toEqual({ drift: [], skipped: false });
  });

  it("refuses closed, past-deadline, not-yet-open and draft campaigns, and changes nothing", async () => {
    await campaign("closed", { status: "CLOSED" });
    await campaign("past", { closesAt: new Date(Date.now() - 60_000) });
    await campaign("future", { opensAt: new Date(Date.now() + 60_000) });
    await campaign("draft", { status: "DRAFT" });
    const [userId] = await users(1);
    for (const slug of ["closed", "past", "future"]) {
      expect(await signCampaign({ slug, userId: userId!, input: input() })).toEqual({ ok: false, reason: "not_open" });
    }
    expect(await signCampaign({ slug: "draft", userId: userId!, input: input() })).toEqual({ ok: false, reason: "not_found" });
    expect(await signCampaign({ slug: "missing", userId: userId!, input: input() })).toEqual({ ok: false, reason: "not_found" });
    expect(await db.signature.count()).toBe(0);
    expect(await db.signatureCounterShard.count()).toBe(0);
  });

  it("signing follows unless the signer unticks it", async () => {
    await campaign();
    const [a, b] = await users(2);
    await signCampaign({ slug: "demand", userId: a!, input: input({ follow: true }) });
    await signCampaign({ slug: "demand", userId: b!, input: input({ follow: false }) });
    expect((await db.follow.findMany({ select: { userId: true } })).map((f) => f.userId)).toEqual([a]);
  });

  it("withdrawing a signature that showed a name gives the campaign a new version; a private one does not", async () => {
    const c = await campaign();
    const [shown, hidden] = await users(2);
    await signCampaign({ slug: "demand", userId: shown!, input: input({ showName: true, displayName: "Shown Name" }) });
    await signCampaign({ slug: "demand", userId: hidden!, input: input() });
    const version = async () => (await db.campaign.findUniqueOrThrow({ where: { id: c.id } })).updatedAt.getTime();
    const before = await version();
    await withdrawSignature({ slug: "demand", userId: hidden! });
    expect(await version()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await withdrawSignature({ slug: "demand", userId: shown! });
    expect(await version()).toBeGreaterThan(before);
    expect(await count()).toBe(0);
  });

  it("reconciliation finds and corrects drift, and reports it", async () => {
    const c = await campaign();
    const ids = await users(3);
    for (const userId of ids) await signCampaign({ slug: "demand", userId, input: input() });
    await db.signatureCounterShard.updateMany({ where: { campaignId: c.id }, data: { count: { increment: 5 } } });
    const { drift } = await reconcileCounts();
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ campaignId: c.id, country: "", actual: 3 });
    expect(await count()).toBe(3);
    expect((await reconcileCounts()).drift).toEqual([]);
  });
});

describe("what the public sees of signers", () => {
  beforeEach(resetDatabase);

  it("lists only signers who chose to show their name, with their comment unless hidden", async () => {
    const c = await campaign("demand", { reviewComments: false });
    const [shown, hidden, moderated] = await users(3);
    await signCampaign({ slug: "demand", userId: shown!, input: input({ showName: true, displayName: "Ayşe", comment: "For my family" }) });
    await signCampaign({ slug: "demand", userId: hidden!, input: input({ displayName: "Secret Person", comment: "private words" }) });
    await signCampaign({ slug: "demand", userId: moderated!, input: input({ showName: true, displayName: "Loud", comment: "spam" }) });
    await db.signature.updateMany({ where: { userId: moderated }, data: { commentHidden: true } });
    const recent = await listRecentSigners({ campaignId: c.id });
    expect(recent.map((r) => [r.name, r.comment])).toEqual([
      ["Loud", null],
      ["Ayşe", "For my family"],
    ]);
    expect(JSON.stringify(recent)).not.toMatch(/Secret Person|private words|example\.org/);
    expect(await db.signature.count({ where: { commentPending: true } })).toBe(0);
    // A name not to be shown is not even stored.
    expect((await db.signature.findFirst({ where: { userId: hidden } }))?.displayName).toBeNull();
  });

  it("keeps a named comment out of public view while it waits for review", async () => {
    const c = await campaign();
    const [named, unnamed] = await users(2);
    await signCampaign({ slug: "demand", userId: named!, input: input({ showName: true, displayName: "Ayşe", comment: "My uncle is held" }) });
    await signCampaign({ slug: "demand", userId: unnamed!, input: input({ comment: "never public anyway" }) });
    expect((await listRecentSigners({ campaignId: c.id })).map((r) => [r.name, r.comment])).toEqual([["Ayşe", null]]);
    // Only a comment that could become public waits; one without a name never will.
    expect(await db.signature.findMany({ where: { campaignId: c.id }, orderBy: { userId: "asc" }, select: { commentPending: true } })).toEqual([
      { commentPending: true },
      { commentPending: false },
    ]);
    await db.signature.updateMany({ where: { userId: named }, data: { commentPending: false } });
    expect((await listRecentSigners({ campaignId: c.id })).map((r) => r.comment)).toEqual(["My uncle is held"]);
  });
});
