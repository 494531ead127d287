import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { expect, loginAs, test, uniqueEmail, uniqueSlug, type Mailbox } from "./fixtures";
import { callAction, listServerActions, pageUrl } from "./server-actions";

async function postUpdate(browser: Browser, db: PrismaClient, campaignTitle: string, title: string) {
  const context = await browser.newContext();
  await loginAs(db, context, uniqueEmail("editor"), "EDITOR");
  const page = await context.newPage();
  await page.goto("/admin/updates");
  await page.getByLabel("Campaign").selectOption({ label: campaignTitle });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text").fill(`${title}: the **details**.`);
  await page.getByRole("button", { name: "Post and email followers" }).click();
  await expect(page.getByRole("status").getByText(/^Posted\./)).toBeVisible();
  await context.close();
}

async function follower(db: PrismaClient, campaignId: string, label: string) {
  const user = await db.user.create({ data: { email: uniqueEmail(label) } });
  await db.follow.create({ data: { userId: user.id, campaignId } });
  return user;
}

const unsubscribedAt = async (db: PrismaClient, userId: string, campaignId: string) =>
  (await db.follow.findUniqueOrThrow({ where: { userId_campaignId: { userId, campaignId } } })).unsubscribedAt;

async function pressUnsubscribeWithoutJavaScript(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Stop update emails?" })).toBeVisible();
  await page.getByRole("button", { name: "Stop these emails" }).click();
  await expect(page.getByRole("heading", { name: "Unsubscribed" })).toBeVisible();
  return page;
}

const latest = (mailbox: Mailbox, email: string) => mailbox.waitForMessage(email);

test.describe("updates to followers", () => {
  test("followers get the update and unsubscribe by one-click POST or by the page's button; the next update skips them", async ({
    browser,
    db,
    request,
    mailbox,
  }) => {
    const campaign = await db.campaign.create({
      data: { slug: uniqueSlug("updates-flow"), status: "OPEN", title: "Updates flow demand", summary: "A demand.", body: "Body", goal: 100 },
    });
    const [oneClick, button, stays] = await Promise.all(["one-click", "button", "stays"].map((l) => follower(db, campaign.id, l)));
    const notFollowing = await db.user.create({ data: { email: uniqueEmail("not-following") } });

    await postUpdate(browser, db, "Updates flow demand", "First news");
    const mail = await latest(mailbox, oneClick!.email);
    // Neutral: nothing in the subject names the campaign or the news.
    expect(mail.subject).toBe("An update for you");
    expect(mail.text).toContain("First news");
    expect(mail.text).toContain("/campaigns/updates-flow");
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const oneClickUrl = /^<(.+)>$/.exec(mail.headers["list-unsubscribe"] ?? "")?.[1] ?? "";
    expect(oneClickUrl).toMatch(/\/api\/unsubscribe\?token=/);

    // A scanner fetching the address changes nothing and is shown the page.
    const scanned = await request.get(oneClickUrl, { maxRedirects: 0 });
    expect(scanned.status()).toBe(303);
    expect(scanned.headers()["location"]).toMatch(/^\/unsubscribe\?token=/);
    expect(await unsubscribedAt(db, oneClick!.id, campaign.id)).toBeNull();
    // A forged or altered token is refused and changes nothing.
    const forged = await request.post(oneClickUrl.replace(/token=./, "token=x"), { form: { "List-Unsubscribe": "One-Click" } });
    expect(forged.status()).toBe(400);
    expect(await forged.json()).toMatchObject({ error: "invalid_token" });
    expect(await unsubscribedAt(db, oneClick!.id, campaign.id)).toBeNull();
    // The mail client's one-click POST (RFC 8058), with no cookie and no Origin.
    const clicked = await request.post(oneClickUrl, { form: { "List-Unsubscribe": "One-Click" } });
    expect(clicked.status()).toBe(200);
    expect(await unsubscribedAt(db, oneClick!.id, campaign.id)).toBeInstanceOf(Date);

    // The other presses the button on the page linked from the text, without JavaScript.
    const buttonMail = await latest(mailbox, button!.email);
    const pageLink = /https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(buttonMail.text)?.[0] ?? "";
    const page = await pressUnsubscribeWithoutJavaScript(browser, pageLink);
    await expect(page.getByText("You will get no more emails about this campaign.")).toBeVisible();
    expect(await unsubscribedAt(db, button!.id, campaign.id)).toBeInstanceOf(Date);
    await page.context().close();

    await postUpdate(browser, db, "Updates flow demand", "Second news");
    await mailbox.waitForMessage(stays!.email, 1);
    expect((await mailbox.messagesTo(stays!.email)).map((m) => m.text.split("\n")[0])).toEqual(["First news", "Second news"]);
    expect(await mailbox.messagesTo(oneClick!.email)).toHaveLength(1);
    expect(await mailbox.messagesTo(button!.email)).toHaveLength(1);
    expect(await mailbox.messagesTo(notFollowing.email)).toHaveLength(0);
    // Nothing for them is waiting in the outbox either.
    expect(await db.emailOutbox.count({ where: { to: { in: [oneClick!.email, button!.email, notFollowing.email] } } })).toBe(2);
  });

  test("the unsubscribe page speaks the reader's language and explains a bad link", async ({ page, db, mailbox, browser }) => {
    const campaign = await db.campaign.create({
      data: { slug: uniqueSlug("updates-ug"), locale: "ug", status: "OPEN", title: "ئۇيغۇرچە تەلەپ", summary: "s", body: "b", goal: 100 },
    });
    const reader = await follower(db, campaign.id, "ug-reader");
    await postUpdate(browser, db, "ئۇيغۇرچە تەلەپ", "يېڭى خەۋەر");
    const mail = await latest(mailbox, reader.email);
    expect(mail.subject).toBe("سىزگە يېڭى ئۇچۇر");
    const link = /https?:\/\/\S+\/ug\/unsubscribe\?token=\S+/.exec(mail.text)?.[0] ?? "";
    await page.goto(link);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { name: "يېڭىلىق خەتلىرىنى توختىتامسىز؟" })).toBeVisible();
    await page.getByRole("button", { name: "بۇ خەتلەرنى توختىتىش" }).click();
    await expect(page.getByText("بۇ پائالىيەت ھەققىدە سىزگە ئەمدى خەت كەلمەيدۇ.")).toBeVisible();

    const response = await page.goto("/unsubscribe?token=forged.token");
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  });

  test("only staff may post updates or export counts", async ({ request, db, browser }) => {
    const campaign = await db.campaign.create({ data: { slug: uniqueSlug("updates-authz"), status: "OPEN", title: "Authz", summary: "s", body: "b", goal: 100 } });
    await follower(db, campaign.id, "authz-follower");
    const action = listServerActions().find((a) => a.name === "postCampaignUpdateAction");
    expect(action).toBeDefined();
    const form = { campaignId: campaign.id, title: "Forged", body: "Forged" };
    const before = await db.emailOutbox.count();
    // Anonymous, and a signed-in supporter: refused, nothing posted or queued.
    const anonymous = await callAction(request, action!, pageUrl(action!.pages[0]!, {}), [null], form);
    expect(anonymous.status).toBeLessThan(500);
    expect(anonymous.body).toContain("notFound");
    const supporter = await browser.newContext();
    const { sessionToken } = await loginAs(db, supporter, uniqueEmail("supporter"));
    const asSupporter = await callAction(supporter.request, action!, pageUrl(action!.pages[0]!, {}), [null], form);
    expect(asSupporter.body).toContain("notFound");
    expect(await db.campaignUpdate.count({ where: { campaignId: campaign.id } })).toBe(0);
    expect(await db.emailOutbox.count()).toBe(before);

    for (const cookie of [undefined, `authjs.session-token=${sessionToken}`]) {
      const response = await request.get("/api/admin/export", { headers: cookie ? { cookie } : {} });
      expect(response.status()).toBe(404);
      expect(await response.json()).toEqual({ error: "not_found" });
    }
    await supporter.close();
    const editor = await browser.newContext();
    await loginAs(db, editor, uniqueEmail("export-editor"), "EDITOR");
    const csv = await editor.request.get("/api/admin/export");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="signature-counts-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe('"campaign","day","country","signatures"');
    expect(text).not.toContain("@");
    await editor.close();
  });
});
