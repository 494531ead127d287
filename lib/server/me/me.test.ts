import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { signatureInput } from "@/lib/validation/signature";
import { getCampaignCount } from "@/lib/server/signatures/get-campaign-count";
import { reconcileCounts } from "@/lib/server/signatures/reconcile-counts";
import { signCampaign } from "@/lib/server/signatures/sign-campaign";
import { deleteAccount } from "./delete-account";
import { exportMyData } from "./export-my-data";

const input = (values: object = {}) => signatureInput.parse({ showName: false, follow: true, ...values });

async function campaign(slug: string) {
  return db.campaign.create({ data: { slug, status: "OPEN", title: `Title of ${slug}`, summary: "S", body: "B", goal: 1000 } });
}

async function person(email: string, role: "SUPPORTER" | "EDITOR" | "ADMIN" = "SUPPORTER") {
  const user = await db.user.create({ data: { email, role } });
  await db.session.create({ data: { sessionToken: `token-${email}`, userId: user.id, expires: new Date(Date.now() + 3_600_000) } });
  return user;
}

const count = async (slug: string) => (await getCampaignCount({ slug }))?.signatureCount;

describe("a supporter's own data", () => {
  beforeEach(resetDatabase);

  it("exports what is kept about them, and nothing of anyone else", async () => {
    await campaign("one");
    await campaign("two");
    const me = await person("me@example.org");
    const other = await person("other@example.org");
    await signCampaign({ slug: "one", userId: me.id, input: input({ showName: true, displayName: "Me Myself", country: "GB", comment: "For my family" }) });
    await signCampaign({ slug: "two", userId: me.id, input: input({ follow: false }) });
    await signCampaign({ slug: "one", userId: other.id, input: input({ showName: true, displayName: "Somebody Else", comment: "Other comment" }) });
    await db.emailOutbox.create({ data: { dedupeKey: "k1", to: "me@example.org", subject: "An update for you", text: "…" } });
    await db.emailOutbox.create({ data: { dedupeKey: "k2", to: "other@example.org", subject: "Other subject", text: "…" } });

    const data = await exportMyData(me.id);
    expect(data?.account).toMatchObject({ email: "me@example.org", role: "SUPPORTER" });
    expect(data?.signatures).toEqual([
      expect.objectContaining({ campaign: "one", displayName: "Me Myself", country: "GB", comment: "For my family", nameShownPublicly: true }),
      expect.objectContaining({ campaign: "two", displayName: null, nameShownPublicly: false }),
    ]);
    expect(data?.follows.map((f) => f.campaign)).toEqual(["one"]);
    expect(data?.signedInSessions).toHaveLength(1);
    expect(data?.emails).toEqual([expect.objectContaining({ subject: "An update for you", status: "PENDING" })]);
    const text = JSON.stringify(data);
    for (const foreign of ["other@example.org", "Somebody Else", "Other comment", "Other subject", "token-"]) expect(text).not.toContain(foreign);
    expect(await exportMyData("no-such-user")).toBeNull();
  });

  it("deleting an account withdraws its signatures from the counts and leaves nothing of it", async () => {
    await campaign("one");
    await campaign("two");
    const me = await person("me@example.org");
    const others = await Promise.all(["a", "b", "c"].map((n) => person(`${n}@example.org`)));
    for (const o of others) await signCampaign({ slug: "one", userId: o.id, input: input({ country: "GB" }) });
    await signCampaign({ slug: "one", userId: me.id, input: input({ country: "GB", showName: true, displayName: "Me Myself" }) });
    await signCampaign({ slug: "two", userId: me.id, input: input() });
    await db.verificationToken.create({ data: { identifier: "me@example.org", token: "hashed", expires: new Date(Date.now() + 60_000) } });
    await db.emailOutbox.create({ data: { dedupeKey: "k1", to: "me@example.org", subject: "An update for you", text: "…" } });
    await db.emailOutbox.create({ data: { dedupeKey: "k2", to: "a@example.org", subject: "An update for you", text: "…" } });
    expect([await count("one"), await count("two")]).toEqual([4, 1]);

    const versionOf = async (slug: string) => (await db.campaign.findUniqueOrThrow({ where: { slug } })).updatedAt.getTime();
    const versions = { one: await versionOf("one"), two: await versionOf("two") };
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await deleteAccount(me.id);
    // The campaign where their name showed has a new version (its cached page is dropped); the other not.
    expect(await versionOf("one")).toBeGreaterThan(versions.one);
    expect(await versionOf("two")).toBe(versions.two);
    expect(result.ok && result.campaignIds).toHaveLength(2);
    expect([await count("one"), await count("two")]).toEqual([3, 0]);
    expect(await db.user.findUnique({ where: { id: me.id } })).toBeNull();
    expect(await db.signature.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.follow.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: "me@example.org" } })).toBe(0);
    expect(await db.emailOutbox.findMany({ select: { to: true } })).toEqual([{ to: "a@example.org" }]);
    // A supporter's deletion leaves no trace of the address in the audit log either.
    expect(await db.auditLog.count({ where: { OR: [{ actorEmail: "me@example.org" }, { entityId: me.id }] } })).toBe(0);
    // Others are untouched, and the counts agree with the rows.
    expect(await db.signature.count()).toBe(3);
    expect(await db.session.count()).toBe(3);
    expect(await reconcileCounts()).toEqual({ drift: [], skipped: false });
    // Deleting again is harmless.
    expect(await deleteAccount(me.id)).toEqual({ ok: true, campaignIds: [] });
  });

  it("the last admin cannot delete their account; a staff deletion is in the audit log", async () => {
    const admin = await person("admin@example.org", "ADMIN");
    expect(await deleteAccount(admin.id)).toEqual({ ok: false, error: "last_admin" });
    expect(await db.user.count({ where: { id: admin.id } })).toBe(1);
    const second = await person("second@example.org", "ADMIN");
    expect(await deleteAccount(second.id)).toEqual({ ok: true, campaignIds: [] });
    // (The audit log outlives resetDatabase: it refuses deletes.)
    expect(await db.auditLog.findMany({ where: { entityType: "User", entityId: { in: [admin.id, second.id] } }, select: { action: true, actorEmail: true, entityId: true } })).toEqual([
      { action: "account.delete", actorEmail: "second@example.org", entityId: second.id },
    ]);
    // Two admins deleting themselves at once: one of them stays.
    const third = await person("third@example.org", "ADMIN");
    const results = await Promise.all([deleteAccount(admin.id), deleteAccount(third.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});
