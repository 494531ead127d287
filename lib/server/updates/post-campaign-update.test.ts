import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/sessions";
import { drainOutbox } from "@/lib/server/email/outbox";
import { db, resetDatabase } from "@/test/db";
import { rawHeaders, recipientsOf, startSmtpServer, type SmtpCatcher } from "@/test/smtp-server";
import { enqueueUpdateEmails, postCampaignUpdate } from "./post-campaign-update";
import { unsubscribeFollower } from "./unsubscribe-follower";
import { getUnsubscribeState } from "./get-unsubscribe-state";

const ORIGIN = "https://campaigns.example.org";

async function user(email: string, role: Viewer["role"] = "SUPPORTER") {
  return db.user.create({ data: { email, role } });
}

async function setup() {
  const campaign = await db.campaign.create({
    data: { slug: "free-the-scholars", status: "OPEN", title: "Free the scholars", summary: "A demand.", body: "Body", goal: 100 },
  });
  const editor = await user("editor@example.org", "EDITOR");
  const actor: Viewer = { id: editor.id, email: editor.email, role: "EDITOR", signedInAt: new Date() };
  const [alice, bob, carol, dave] = await Promise.all(["alice", "bob", "carol", "dave"].map((n) => user(`${n}@example.org`)));
  await db.follow.createMany({
    data: [
      { userId: alice!.id, campaignId: campaign.id },
      { userId: bob!.id, campaignId: campaign.id },
      // Carol unsubscribed earlier; Dave follows nothing.
      { userId: carol!.id, campaignId: campaign.id, unsubscribedAt: new Date() },
    ],
  });
  return { campaign, actor, alice: alice!, bob: bob!, carol: carol!, dave: dave! };
}

const outboxTo = async () => (await db.emailOutbox.findMany({ select: { to: true } })).map((r) => r.to).sort();

describe("postCampaignUpdate", () => {
  let smtp: SmtpCatcher;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    await resetDatabase();
    smtp.clear();
    vi.stubEnv("EMAIL_SERVER", smtp.url);
    vi.stubEnv("AUTH_URL", ORIGIN);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("creates the update, queues one email per subscribed follower, and records it in the audit log", async () => {
    const { campaign, actor } = await setup();
    const posted = await postCampaignUpdate({ campaignId: campaign.id, title: "The court listened", body: "**Good** news.", actor });
    expect(posted).toMatchObject({ recipients: 2 });
    const update = await db.campaignUpdate.findUniqueOrThrow({ where: { id: posted!.updateId } });
    expect(update).toMatchObject({ campaignId: campaign.id, title: "The court listened", body: "**Good** news.", authorId: actor.id });
    expect(await outboxTo()).toEqual(["alice@example.org", "bob@example.org"]);
    const audit = await db.auditLog.findFirst({ where: { action: "update.post", entityId: posted!.updateId } });
    expect(audit).toMatchObject({ actorId: actor.id, entityType: "CampaignUpdate", after: { campaignId: campaign.id, recipients: 2 } });
  });

  it("sends a neutral subject, the text, the links and RFC 8058 headers whose token unsubscribes", async () => {
    const { campaign, actor, alice } = await setup();
    await postCampaignUpdate({ campaignId: campaign.id, title: "The court listened", body: "Read **this**.", actor });
    expect(await drainOutbox()).toMatchObject({ sent: 2, failed: 0 });
    const mail = await smtp.waitForMessage((m) => recipientsOf(m).includes("alice@example.org"));
    expect(smtp.messages).toHaveLength(2);
    // The subject names no campaign, cause or title: an inbox list shows nothing about it.
    expect(mail.subject).toBe("An update for you");
    expect(mail.subject).not.toMatch(/scholar|court|campaign/i);
    expect(mail.text).toContain("The court listened");
    expect(mail.text).toContain("Read **this**.");
    expect(mail.text).toContain(`${ORIGIN}/campaigns/free-the-scholars`);
    expect(mail.text).toContain(`${ORIGIN}/ug/campaigns/free-the-scholars`);
    expect(mail.html).toBeFalsy();

    const headers = rawHeaders(mail);
    expect(headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const link = /^<(https:\/\/campaigns\.example\.org\/api\/unsubscribe\?token=[^>]+)>$/.exec(headers["list-unsubscribe"] ?? "")?.[1];
    expect(link).toBeDefined();
    const token = new URL(link!).searchParams.get("token");
    // The page link in the text carries the same token.
    expect(mail.text).toContain(`${ORIGIN}/unsubscribe?token=${token}`);

    expect(await getUnsubscribeState({ token, locale: "en" })).toMatchObject({ campaign: { slug: "free-the-scholars" }, subscribed: true });
    expect(await unsubscribeFollower({ token })).toEqual({ ok: true });
    const follow = await db.follow.findUniqueOrThrow({ where: { userId_campaignId: { userId: alice.id, campaignId: campaign.id } } });
    expect(follow.unsubscribedAt).toBeInstanceOf(Date);
    expect(await getUnsubscribeState({ token, locale: "en" })).toMatchObject({ subscribed: false });
    // Pressing again is harmless and keeps the first time.
    expect(await unsubscribeFollower({ token })).toEqual({ ok: true });
    const again = await db.follow.findUniqueOrThrow({ where: { userId_campaignId: { userId: alice.id, campaignId: campaign.id } } });
    expect(again.unsubscribedAt).toEqual(follow.unsubscribedAt);

    // The next update skips her.
    smtp.clear();
    const second = await postCampaignUpdate({ campaignId: campaign.id, title: "Next", body: "More.", actor });
    expect(second).toMatchObject({ recipients: 1 });
    await drainOutbox();
    expect(smtp.messages.flatMap(recipientsOf)).toEqual(["bob@example.org"]);
  });

  it("writes the subject in the campaign's language, with both languages' links", async () => {
    const { campaign, actor } = await setup();
    await db.campaign.update({ where: { id: campaign.id }, data: { locale: "ug" } });
    await postCampaignUpdate({ campaignId: campaign.id, title: "خەۋەر", body: "تېكىست", actor });
    const row = await db.emailOutbox.findFirstOrThrow({ where: { to: "alice@example.org" } });
    expect(row.subject).toBe("سىزگە يېڭى ئۇچۇر");
    expect(row.text.indexOf("/ug/unsubscribe?token=")).toBeLessThan(row.text.indexOf("/unsubscribe?token=", row.text.indexOf("/ug/unsubscribe") + 5));
  });

  it("refuses tokens for another person or campaign, and forged ones, changing nothing", async () => {
    const { campaign, actor, bob } = await setup();
    await postCampaignUpdate({ campaignId: campaign.id, title: "T", body: "B", actor });
    const row = await db.emailOutbox.findFirstOrThrow({ where: { to: "alice@example.org" } });
    const token = new URL(/<([^>]+)>/.exec(String((row.headers as Record<string, string>)["List-Unsubscribe"]))![1]!).searchParams.get("token")!;
    const [payload, mac] = token.split(".");
    const bobsIds = Buffer.from(JSON.stringify([bob.id, campaign.id])).toString("base64url");
    for (const forged of [`${bobsIds}.${mac}`, `${payload}.${mac!.slice(1)}A`, `${payload}x.${mac}`, "", "not-a-token"]) {
      expect(await unsubscribeFollower({ token: forged })).toEqual({ ok: false });
      expect(await getUnsubscribeState({ token: forged, locale: "en" })).toBeNull();
    }
    expect(await db.follow.count({ where: { unsubscribedAt: { not: null } } })).toBe(1);
  });

  it("posting twice makes two updates with their own emails; re-running one update's enqueue adds none", async () => {
    const { campaign, actor, dave } = await setup();
    const first = await postCampaignUpdate({ campaignId: campaign.id, title: "Same", body: "Same", actor });
    const second = await postCampaignUpdate({ campaignId: campaign.id, title: "Same", body: "Same", actor });
    expect(first!.updateId).not.toBe(second!.updateId);
    expect(second!.recipients).toBe(2);
    expect(await db.emailOutbox.count()).toBe(4);
    expect(await db.$transaction((tx) => enqueueUpdateEmails({ updateId: first!.updateId }, tx))).toBe(0);
    expect(await db.emailOutbox.count()).toBe(4);
    // Someone who followed since is picked up by a re-run, once.
    await db.follow.create({ data: { userId: dave.id, campaignId: campaign.id } });
    expect(await db.$transaction((tx) => enqueueUpdateEmails({ updateId: first!.updateId }, tx))).toBe(1);
    expect(await db.$transaction((tx) => enqueueUpdateEmails({ updateId: first!.updateId }, tx))).toBe(0);
  });

  it("returns null for a campaign that does not exist, and queues nothing", async () => {
    const { actor } = await setup();
    expect(await postCampaignUpdate({ campaignId: "missing", title: "T", body: "B", actor })).toBeNull();
    expect(await db.campaignUpdate.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("queues thousands of followers in one transaction", async () => {
    const { campaign, actor } = await setup();
    const many = Array.from({ length: 2500 }, (_, i) => ({ email: `reader-${i}@example.org` }));
    await db.user.createMany({ data: many });
    const users = await db.user.findMany({ where: { email: { startsWith: "reader-" } }, select: { id: true } });
    await db.follow.createMany({ data: users.map((u) => ({ userId: u.id, campaignId: campaign.id })) });
    const posted = await postCampaignUpdate({ campaignId: campaign.id, title: "T", body: "B", actor });
    expect(posted!.recipients).toBe(2502);
    expect(await db.emailOutbox.count()).toBe(2502);
    const keys = await db.emailOutbox.findMany({ select: { dedupeKey: true } });
    expect(new Set(keys.map((k) => k.dedupeKey)).size).toBe(2502);
  });
});
