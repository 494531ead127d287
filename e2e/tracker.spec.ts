import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { evidenceServer } from "./evidence-server";
import { expect, loginAs, test, uniqueEmail, uniqueSlug } from "./fixtures";

const longDate = (d: Date) => new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(d);

async function staffPage(browser: Browser, db: PrismaClient, label: string) {
  const context = await browser.newContext();
  const { user } = await loginAs(db, context, uniqueEmail(label), "ADMIN");
  return { page: await context.newPage(), user, close: () => context.close() };
}

async function followerPage(browser: Browser, db: PrismaClient, slug: string, label: string, positionEmails: boolean) {
  const context = await browser.newContext();
  const email = uniqueEmail(label);
  await loginAs(db, context, email);
  const page = await context.newPage();
  await page.goto(`/campaigns/${slug}`);
  if (positionEmails) await page.getByLabel("Also email me when a decision maker’s position on this campaign changes").check();
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.getByText("You follow this campaign")).toBeVisible();
  await context.close();
  return email;
}

// The cell of a decision maker (row) and a demand (column) in the /tracker table.
async function trackerCell(page: Page, decisionMaker: string, demand: string) {
  const table = page.getByRole("table", { name: /Positions of each decision maker/ });
  const headers = await table.getByRole("columnheader").allInnerTexts();
  const column = headers.findIndex((h) => h.trim() === demand);
  expect(column, `a column for ${demand}`).toBeGreaterThan(0);
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${decisionMaker}`) }) });
  return row.getByRole("cell").nth(column - 1);
}

test.describe("the tracker", () => {
  test("an admin records Acknowledged with archived evidence; tracker and page show it, a changed source changes nothing, a second admin verifies it, the recorder cannot, and a correction shows its reason", async ({
    browser,
    db,
    mailbox,
    request,
  }) => {
    const served = "<html><body><h1>Statement</h1><p>The Secretary of State acknowledges the demand.</p><script>alert(1)</script></body></html>";
    const server = await evidenceServer(served);
    const slug = uniqueSlug("tracker-flow");
    const title = `Tracker flow ${slug}`;
    const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title, summary: "A demand to the Secretary of State.", body: "Body", goal: 100, opensAt: new Date() } });
    const recorder = await staffPage(browser, db, "recorder");
    const page = recorder.page;

    // The Secretary of State is a shared record: linked here as well as to the seeded demand.
    await page.goto(`/admin/campaigns/${campaign.id}`);
    await page.getByRole("checkbox", { name: "Secretary of State (US Department of State)" }).check();
    await page.getByRole("button", { name: "Save decision makers" }).click();
    await expect(page.getByRole("region", { name: "Decision makers" }).getByText("Secretary of State: No response recorded")).toBeVisible();
    const follower = await followerPage(browser, db, slug, "position-follower", true);
    const quietFollower = await followerPage(browser, db, slug, "quiet-follower", false);

    // Private, loopback, link-local and metadata addresses are refused with a clear message; nothing is saved.
    await page.goto(`/admin/campaigns/${campaign.id}`);
    const record = page.getByRole("region", { name: "Tracker" });
    await record.getByLabel("Date", { exact: true }).fill("2025-06-15");
    await record.getByLabel("What happened", { exact: true }).fill("The Secretary of State acknowledged the demand");
    await record.getByLabel("Secretary of State (now: No response recorded)").selectOption("ACKNOWLEDGED");
    await record.getByLabel("Source title").fill("Statement on the demand");
    await record.getByLabel("Published by").fill("US Department of State");
    await record.getByLabel("Published on").fill("2025-06-15");
    const events = await db.campaignEvent.count({ where: { campaignId: campaign.id } });
    const port = new URL(server.url).port;
    for (const [link, host] of [
      ["http://10.0.0.1/statement", "10.0.0.1"],
      ["http://169.254.169.254/latest/meta-data/", "169.254.169.254"],
      [`http://localhost:${port}/statement`, "localhost"],
    ] as const) {
      await record.getByLabel("Evidence link").fill(link);
      await record.getByRole("button", { name: "Record the event" }).click();
      const alert = record.getByRole("alert");
      await expect(alert).toContainText(`leads to a private, local or reserved network address (${host})`);
      await expect(alert).toContainText("Nothing was saved.");
      expect(await db.campaignEvent.count({ where: { campaignId: campaign.id } })).toBe(events);
    }

    await record.getByLabel("Evidence link").fill(server.url);
    await record.getByRole("button", { name: "Record the event" }).click();
    await expect(page.getByText("Recorded. The public page shows it now.")).toBeVisible();
    const hash = createHash("sha256").update(served).digest("hex");
    await expect(page.getByText(hash)).toBeVisible();
    const eventPage = page.url();

    // /tracker: Acknowledged, since that date.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto("/tracker");
    const cell = await trackerCell(visitor, "Secretary of State", title);
    await expect(cell).toContainText("Acknowledged");
    await expect(cell).toContainText("since Jun 15, 2025");
    await expect(cell.getByRole("link", { name: "archived copy" })).toBeVisible();

    // The campaign page: the position, the event, and the archived copy with the SHA-256 of the bytes served.
    const checkPage = async () => {
      await visitor.goto(`/campaigns/${slug}`);
      const addressed = visitor.getByRole("region", { name: "Addressed to" });
      await expect(addressed.getByText("Acknowledged")).toBeVisible();
      const tracker = visitor.getByRole("region", { name: "Tracker" });
      await expect(tracker.getByRole("heading", { name: "The Secretary of State acknowledged the demand" })).toBeVisible();
      await expect(tracker.getByText("Secretary of State: No response recorded → Acknowledged")).toBeVisible();
      await expect(tracker.getByTestId("evidence-sha256")).toHaveText(hash);
      const href = await tracker.getByRole("link", { name: "Archived copy (download)" }).getAttribute("href");
      const download = await request.get(href!);
      expect(download.status()).toBe(200);
      expect(createHash("sha256").update(await download.body()).digest("hex")).toBe(hash);
      expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="evidence-[0-9a-f]{12}\.html"$/);
      expect(download.headers()["content-type"]).toBe("application/octet-stream");
      expect(download.headers()["x-content-type-options"]).toBe("nosniff");
      expect(download.headers()["content-security-policy"]).toContain("sandbox");
      const asText = await request.get(`${href}?as=text`);
      expect(asText.headers()["content-type"]).toBe("text/plain; charset=utf-8");
      expect(await asText.text()).toBe(served);
      return href!;
    };
    const href = await checkPage();

    // The page behind the link changes: nothing shown here changes.
    server.serve("<html><body>Rewritten: nothing was ever acknowledged.</body></html>");
    expect(await checkPage()).toBe(href);
    await visitor.goto("/tracker");
    await expect(await trackerCell(visitor, "Secretary of State", title)).toContainText("Acknowledged");

    // The follower who chose it gets the position-change email through SMTP; the other follower does not.
    const mail = await mailbox.waitForMessage(follower);
    expect(mail.subject).toBe("An update for you");
    expect(mail.text).toContain("Secretary of State: No response recorded → Acknowledged");
    expect(mail.text).toContain(`/campaigns/${slug}`);
    expect(mail.headers["list-unsubscribe"]).toMatch(/\/api\/unsubscribe\?token=/);
    expect(await mailbox.messagesTo(quietFollower)).toHaveLength(0);

    // The recorder cannot verify their own evidence (the server refuses); a second admin can.
    const evidence = await db.evidence.findFirstOrThrow({ where: { event: { campaignId: campaign.id }, replacedAt: null } });
    await page.getByRole("button", { name: "Verify this evidence" }).click();
    await expect(page.getByText("You recorded this evidence, so you cannot verify it")).toBeVisible();
    expect((await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).verifiedAt).toBeNull();
    const second = await staffPage(browser, db, "verifier");
    await second.page.goto(eventPage);
    await second.page.getByRole("button", { name: "Verify this evidence" }).click();
    await expect(second.page.getByText("Verified.", { exact: true })).toBeVisible();
    expect(await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({ verifiedById: second.user.id });
    await visitor.goto(`/campaigns/${slug}`);
    await expect(visitor.getByText(`Verified by a second staff member on ${longDate(new Date())}.`)).toBeVisible();

    // A correction: the page says "corrected on", with the reason; the position's date follows.
    const correct = second.page.getByRole("region", { name: "Correct this event" });
    await correct.getByLabel("Date", { exact: true }).fill("2025-06-14");
    await correct.getByLabel("Reason (shown in public)").fill("The statement is dated 14 June, not 15 June.");
    await correct.getByRole("button", { name: "Save the correction" }).click();
    await expect(second.page.getByText("Corrected. The public page shows the correction and its reason.")).toBeVisible();
    await visitor.goto(`/campaigns/${slug}`);
    await expect(visitor.getByText(`Corrected on ${longDate(new Date())}:`)).toBeVisible();
    await expect(visitor.getByText("The statement is dated 14 June, not 15 June.")).toBeVisible();
    await expect(visitor.getByTestId("evidence-sha256")).toHaveText(hash);
    await visitor.goto("/tracker");
    await expect(await trackerCell(visitor, "Secretary of State", title)).toContainText("since Jun 14, 2025");
    expect(await db.auditLog.count({ where: { entityId: evidence.eventId, action: { in: ["tracker.add", "tracker.correct"] } } })).toBe(2);

    await Promise.all([recorder.close(), second.close(), visitorContext.close(), server.close()]);
  });

  test("a retracted event stays, struck through with its reason, and the position falls back", async ({ browser, db }) => {
    const slug = uniqueSlug("tracker-retract");
    const title = `Retraction ${slug}`;
    const secretary = await db.decisionMaker.findUniqueOrThrow({ where: { seedKey: "us-secretary-of-state" } });
    const campaign = await db.campaign.create({
      data: { slug, status: "OPEN", title, summary: "s", body: "b", goal: 10, opensAt: new Date(), targets: { create: { decisionMakerId: secretary.id } } },
      include: { targets: true },
    });
    const event = await db.campaignEvent.create({
      data: {
        campaignId: campaign.id,
        occurredOn: new Date("2025-03-01"),
        title: "A commitment that was never made",
        changes: { create: { targetId: campaign.targets[0]!.id, status: "COMMITTED" } },
        evidence: { create: { kind: "LINK", url: "https://example.org/rumour", sourceTitle: "A rumour" } },
      },
    });
    const admin = await staffPage(browser, db, "retractor");
    await admin.page.goto(`/admin/campaigns/${campaign.id}/events/${event.id}`);
    const retract = admin.page.getByRole("region", { name: "Retract this event" });
    await retract.getByLabel("Reason (shown in public)").fill("The source was a rumour; no such commitment was made.");
    await retract.getByRole("button", { name: "Retract this event" }).click();
    await expect(admin.page.getByText("Retracted. The public page shows it struck through, with the reason.")).toBeVisible();
    await admin.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/campaigns/${slug}`);
    const tracker = page.getByRole("region", { name: "Tracker" });
    await expect(tracker.locator("del").filter({ hasText: "A commitment that was never made" })).toBeVisible();
    await expect(tracker.getByText(`Retracted on ${longDate(new Date())}:`)).toBeVisible();
    await expect(tracker.getByText("The source was a rumour; no such commitment was made.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Addressed to" }).getByText("No response recorded")).toBeVisible();
    await page.goto("/tracker");
    await expect(await trackerCell(page, "Secretary of State", title)).toContainText("No response recorded");
    await context.close();
  });

  test("the feeds parse as Atom with the expected entries, in English and Uyghur, and the pages link them", async ({ page, db, request }) => {
    const slug = uniqueSlug("tracker-feed");
    const campaign = await db.campaign.create({
      data: {
        slug,
        status: "OPEN",
        title: `Feed <demand> & "quotes" ${slug}`,
        summary: "s",
        body: "b",
        goal: 10,
        translations: { create: { locale: "ug", title: `ئۇيغۇرچە تەلەپ ${slug}`, summary: "s", body: "b" } },
      },
    });
    const event = await db.campaignEvent.create({
      data: { campaignId: campaign.id, occurredOn: new Date("2025-05-05"), title: "A letter <b>was</b> sent & answered", translations: { create: { locale: "ug", title: "خەت ئەۋەتىلدى", body: "" } } },
    });
    const update = await db.campaignUpdate.create({ data: { campaignId: campaign.id, title: "News for followers", body: "Body with **Markdown**" } });
    await page.goto("/");

    type Parsed = { error: string | null; ns: string; lang: string | null; id: string; title: string; updated: string; self: string | null; author: string; entries: { id: string; title: string; updated: string; link: string | null }[] };
    const parse = async (path: string): Promise<Parsed> => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      // The browser's own XML parser: any escaping fault is a parse error.
      return page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "application/xml");
        const ns = "http://www.w3.org/2005/Atom";
        const feed = doc.documentElement;
        const child = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0];
        const own = (el: Element, name: string) => [...el.children].find((c) => c.namespaceURI === ns && c.localName === name);
        return {
          error: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
          ns: feed.namespaceURI ?? "",
          lang: feed.getAttribute("xml:lang"),
          id: own(feed, "id")?.textContent ?? "",
          title: own(feed, "title")?.textContent ?? "",
          updated: own(feed, "updated")?.textContent ?? "",
          self: [...feed.getElementsByTagNameNS(ns, "link")].find((l) => l.getAttribute("rel") === "self")?.getAttribute("href") ?? null,
          author: child(feed, "author")?.textContent?.trim() ?? "",
          entries: [...feed.getElementsByTagNameNS(ns, "entry")].map((entry) => ({
            id: child(entry, "id")?.textContent ?? "",
            title: child(entry, "title")?.textContent ?? "",
            updated: child(entry, "updated")?.textContent ?? "",
            link: child(entry, "link")?.getAttribute("href") ?? null,
          })),
        };
      }, xml);
    };
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    const valid = (feed: Parsed) => {
      expect(feed.error).toBeNull();
      expect(feed.ns).toBe("http://www.w3.org/2005/Atom");
      expect(feed.id).not.toBe("");
      expect(feed.updated).toMatch(iso);
      expect(feed.author).not.toBe("");
      for (const entry of feed.entries) {
        expect(entry.id).toMatch(/^tag:localhost,2026:(event|update)\//);
        expect(entry.title).not.toBe("");
        expect(entry.updated).toMatch(iso);
        expect(entry.link).toMatch(/^http:\/\/localhost:\d+\/(ug\/)?campaigns\//);
      }
    };

    const one = await parse(`/campaigns/${slug}/feed.xml`);
    valid(one);
    expect(one.lang).toBe("en");
    expect(one.self).toMatch(new RegExp(`/campaigns/${slug}/feed.xml$`));
    expect(one.entries.map((e) => e.title).sort()).toEqual([`${campaign.title}: A letter <b>was</b> sent & answered`, `${campaign.title}: News for followers`].sort());
    expect(one.entries.map((e) => e.id).sort()).toEqual([`tag:localhost,2026:event/${event.id}`, `tag:localhost,2026:update/${update.id}`].sort());
    const ug = await parse(`/ug/campaigns/${slug}/feed.xml`);
    valid(ug);
    expect(ug.lang).toBe("ug");
    expect(ug.entries.map((e) => e.title)).toContain(`ئۇيغۇرچە تەلەپ ${slug}: خەت ئەۋەتىلدى`);
    for (const path of ["/feed.xml", "/ug/feed.xml"]) {
      const all = await parse(path);
      valid(all);
      expect(all.entries.map((e) => e.id)).toContain(`tag:localhost,2026:event/${event.id}`);
    }
    const everything = await parse("/feed.xml");
    // The seeded record is there too, dated and attributed.
    expect(everything.entries.some((e) => e.title.includes("determination on atrocities in Xinjiang"))).toBe(true);

    // Every page that has a feed names it for feed readers.
    const linked: [string, string][] = [
      [`/campaigns/${slug}`, `/campaigns/${slug}/feed.xml`],
      [`/ug/campaigns/${slug}`, `/ug/campaigns/${slug}/feed.xml`],
      ["/tracker", "/feed.xml"],
      ["/ug/tracker", "/ug/feed.xml"],
    ];
    for (const [path, feed] of linked) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", new RegExp(`${feed.replace(/\./g, "\\.")}$`));
    }
  });
});

test.describe("the tracker page @no-js", () => {
  test("shows demands by decision makers as a table, a list on a phone, in English and right-to-left Uyghur", async ({ page }) => {
    const response = await page.goto("/tracker");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Where each demand stands" })).toBeVisible();
    const otp = await trackerCell(page, "Office of the Prosecutor", "Support East Turkistan's legal complaint before the International Criminal Court");
    await expect(otp).toContainText("Declined for now");
    await expect(otp).toContainText("since Dec 14, 2020");
    await expect(otp.getByRole("link", { name: "source (not archived)" })).toHaveAttribute("href", /east-turkistan\.net/);
    const gaCell = await trackerCell(page, "UN General Assembly", "Refer China's ongoing genocide to the International Court of Justice");
    await expect(gaCell).toContainText("No response recorded");

    await page.goto("/ug/tracker");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ھەر بىر تەلەپنىڭ ئەھۋالى");
    await expect(page.getByRole("rowheader", { name: /باش ئەيىبلىگۈچى ئىشخانىسى/ })).toBeVisible();
    await expect(page.getByText("ھازىرچە رەت قىلدى").first()).toBeVisible();

    // A phone: no table to scroll sideways, a list per demand, and the page never wider than the screen.
    for (const path of ["/tracker", "/ug/tracker"]) {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(path);
      await expect(page.getByRole("table")).toBeHidden();
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
  });

  test("each campaign page shows every decision maker's positions over time and the updates, newest first", async ({ page, db }) => {
    await page.goto("/campaigns/support-icc-complaint");
    const history = page.getByRole("region", { name: "Positions over time" });
    const otp = history.getByRole("region", { name: "Office of the Prosecutor" });
    await expect(otp.getByRole("listitem")).toHaveText([/No response recorded/, /Declined for now.*December 14, 2020/]);
    await expect(otp.getByRole("link", { name: "Since December 14, 2020" })).toHaveAttribute("href", /#event-/);

    const slug = uniqueSlug("updates-on-page");
    const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title: "Updates on the page", summary: "s", body: "b", goal: 10 } });
    await db.campaignUpdate.create({ data: { campaignId: campaign.id, title: "First news", body: "Older", createdAt: new Date("2026-01-01") } });
    await db.campaignUpdate.create({ data: { campaignId: campaign.id, title: "Second news", body: "Newer", createdAt: new Date("2026-02-01") } });
    await page.goto(`/campaigns/${slug}`);
    await expect(page.getByRole("region", { name: "Updates" }).getByRole("heading", { level: 3 })).toHaveText(["Second news", "First news"]);
  });
});

// The tracker's forms offer a translation into every language of i18n/routing.ts but the
// campaign's own; read from the messages so the labels are the page's own words.
const ugMessages = JSON.parse(readFileSync("messages/ug.json", "utf8")) as { Admin: { tracker: unknown } };
const ugSay = (path: string, language = "") => String(path.split(".").reduce((node, key) => (node as Record<string, unknown>)[key], ugMessages.Admin.tracker)).replace("{language}", language);
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// axe runs in the page's JavaScript: the project with JavaScript checks the same markup.
const axeClean = async (page: Page, javaScriptEnabled: boolean | undefined) =>
  javaScriptEnabled !== false &&
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

test.describe("the tracker's translations @no-js", () => {
  test("staff record, correct and retract an event with its Uyghur translation, in the English and the Uyghur admin; a body without its title is refused; the Uyghur page shows them", async ({ browser, db, javaScriptEnabled }) => {
    test.setTimeout(120_000);
    const slug = uniqueSlug("tracker-langs");
    const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title: `Languages ${slug}`, summary: "s", body: "b", goal: 10, opensAt: new Date() } });
    const admin = await staffPage(browser, db, "translator");
    const page = admin.page;

    // An English campaign: Uyghur fields, right to left; none for English, its own language.
    await page.goto(`/admin/campaigns/${campaign.id}`);
    const record = page.getByRole("region", { name: "Tracker" });
    const ugTitle = record.getByLabel("What happened, in ئۇيغۇرچە (optional)");
    await expect(ugTitle).toHaveAttribute("dir", "rtl");
    await expect(ugTitle).toHaveAttribute("lang", "ug");
    await expect(record.getByLabel("What happened", { exact: true })).toHaveAttribute("lang", "en");
    await expect(record.getByLabel(/in English \(optional\)/)).toHaveCount(0);
    await record.getByLabel("Date", { exact: true }).fill("2025-05-02");
    await record.getByLabel("What happened", { exact: true }).fill("The minister replied");
    await record.getByLabel("Details, in ئۇيغۇرچە (optional)").fill("مىنىستىر خەت يازدى");
    await record.getByRole("button", { name: "Record the event" }).click();
    await expect(record.getByText("A translation with details needs its title too.")).toBeVisible();
    await expect(ugTitle).toHaveAttribute("aria-invalid", "true");
    await axeClean(page, javaScriptEnabled);
    expect(await db.campaignEvent.count({ where: { campaignId: campaign.id } })).toBe(0);

    await ugTitle.fill("مىنىستىر جاۋاب بەردى");
    await record.getByRole("button", { name: "Record the event" }).click();
    await expect(page.getByText("Recorded. The public page shows it now.")).toBeVisible();
    const event = await db.campaignEvent.findFirstOrThrow({ where: { campaignId: campaign.id }, include: { translations: true } });
    expect(event.translations.map((t) => [t.locale, t.title, t.body])).toEqual([["ug", "مىنىستىر جاۋاب بەردى", "مىنىستىر خەت يازدى"]]);

    // The Uyghur admin corrects it: the translation is filled in, the reason is given in both languages.
    await page.goto(`/ug/admin/campaigns/${campaign.id}/events/${event.id}`);
    const correct = page.getByRole("region", { name: ugSay("correctHeading") });
    const correctUg = correct.getByLabel(ugSay("titleIn", "ئۇيغۇرچە"));
    await expect(correctUg).toHaveValue("مىنىستىر جاۋاب بەردى");
    await expect(correct.getByLabel(ugSay("titleField"), { exact: true })).toHaveAttribute("dir", "ltr");
    await axeClean(page, javaScriptEnabled);
    await correctUg.fill("مىنىستىر يازما جاۋاب بەردى");
    await correct.getByLabel(ugSay("reason"), { exact: true }).fill("The reply was in writing.");
    await correct.getByLabel(ugSay("reasonIn", "ئۇيغۇرچە")).fill("جاۋاب يازما ئىدى.");
    await correct.getByRole("button", { name: ugSay("correct") }).click();
    await expect(page.getByText(ugSay("done.corrected"))).toBeVisible();
    expect((await db.campaignEventTranslation.findFirstOrThrow({ where: { eventId: event.id } })).title).toBe("مىنىستىر يازما جاۋاب بەردى");

    // Retracted from the English admin, with the reason in Uyghur as well.
    await page.goto(`/admin/campaigns/${campaign.id}/events/${event.id}`);
    const retract = page.getByRole("region", { name: "Retract this event" });
    const retractUg = retract.getByLabel("Reason, in ئۇيغۇرچە (optional)");
    await expect(retractUg).toHaveAttribute("dir", "rtl");
    await retract.getByLabel("Reason (shown in public)").fill("No such reply was sent.");
    await retractUg.fill("بۇنداق جاۋاب ئەۋەتىلمىگەن.");
    await retract.getByRole("button", { name: "Retract this event" }).click();
    await expect(page.getByText("Retracted. The public page shows it struck through, with the reason.")).toBeVisible();
    const reasons = await db.eventCorrectionTranslation.findMany({ where: { correction: { eventId: event.id } }, orderBy: { reason: "asc" } });
    expect(reasons.map((r) => [r.locale, r.reason])).toEqual([
      ["ug", "بۇنداق جاۋاب ئەۋەتىلمىگەن."],
      ["ug", "جاۋاب يازما ئىدى."],
    ]);

    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`/ug/campaigns/${slug}`);
    await expect(visitor.locator("del").filter({ hasText: "مىنىستىر يازما جاۋاب بەردى" })).toBeVisible();
    await expect(visitor.getByText("بۇنداق جاۋاب ئەۋەتىلمىگەن.")).toBeVisible();

    // A Uyghur campaign is translated into English instead, left to right.
    const uyghur = await db.campaign.create({ data: { slug: uniqueSlug("tracker-ug"), locale: "ug", status: "OPEN", title: "تەلەپ", summary: "s", body: "b", goal: 10, opensAt: new Date() } });
    await page.goto(`/admin/campaigns/${uyghur.id}`);
    const ugRecord = page.getByRole("region", { name: "Tracker" });
    await expect(ugRecord.getByLabel("What happened, in English (optional)")).toHaveAttribute("dir", "ltr");
    await expect(ugRecord.getByLabel("What happened", { exact: true })).toHaveAttribute("dir", "rtl");
    await expect(ugRecord.getByLabel(/ئۇيغۇرچە \(optional\)/)).toHaveCount(0);
    await Promise.all([admin.close(), visitorContext.close()]);
  });
});
