import { createHash, randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { routing } from "../i18n/routing";
import { expect, loginAs, test, uniqueEmail, uniqueSlug } from "./fixtures";
import { ageSession, newSession, signAs } from "./signers";

// WCAG 2.2 AA, as far as a machine can check it (axe-core): every page a visitor, a supporter
// and an editor uses, in every language of the site (i18n/routing.ts: English, Uyghur, Turkish).
// (What axe cannot judge, such as whether the words make sense, is for people to check.)
const PREFIXES = routing.locales.map((locale) => (locale === routing.defaultLocale ? "" : `/${locale}`));
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page: Page, path: string) {
  await page.goto(path);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${path}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("accessibility", () => {
  test("an admin's security page, and a sign-in link opened in another browser, have no WCAG 2.2 AA violations axe can find", async ({ page, context, db }) => {
    test.setTimeout(120_000); // a dozen pages and more, each rendered and checked
    await db.securityEvent.createMany({ data: [{ kind: "signin.link-requested" }, { kind: "signin.refused", detail: "wrong-address" }, { kind: "ratelimit.tripped", detail: "signin-client" }] });
    // A live link asked for elsewhere: the page shows the masked address and asks for it.
    const token = randomBytes(32).toString("hex");
    const secret = "e2e-secret-for-tests-only-0123456789abcdef"; // playwright.config.ts
    const hash = createHash("sha256").update(`${token}${secret}`).digest("hex");
    await db.verificationToken.create({ data: { identifier: uniqueEmail("a11y-link"), token: hash, expires: new Date(Date.now() + 600_000) } });
    const found: string[] = [];
    for (const prefix of PREFIXES) {
      for (const path of [`/signin/confirm?token=${token}`, `/signin/confirm?token=${token}&error=address`, "/signin/confirm?token=no-such-link"]) {
        found.push(...(await violations(page, `${prefix}${path}`)));
      }
    }
    await loginAs(db, context, uniqueEmail("a11y-admin"), "ADMIN");
    for (const path of PREFIXES.map((prefix) => `${prefix}/admin/security`)) found.push(...(await violations(page, path)));
    await expect(page.getByRole("table")).toBeVisible();
    expect(found).toEqual([]);
  });

  test("public pages, signed out, have no WCAG 2.2 AA violations axe can find", async ({ page }) => {
    // Nine pages per language, each rendered and checked: more than the default 30 s on a busy machine.
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const prefix of PREFIXES) {
      for (const path of [
        "/",
        "/campaigns/special-coordinator-east-turkistan",
        "/campaigns/support-icc-complaint",
        "/tracker",
        "/signin",
        "/signin/check-email",
        "/account-deleted",
        "/privacy",
        "/no-such-page",
        "/about",
        "/developers",
        "/embed/campaigns/special-coordinator-east-turkistan",
      ]) {
        found.push(...(await violations(page, `${prefix}${path}`)));
      }
    }
    expect(found).toEqual([]);
    // The check can fail: an image without a text alternative is caught.
    await page.evaluate(() => document.querySelector("main")?.append(Object.assign(document.createElement("img"), { src: "/x.png" })));
    const { violations: caught } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(caught.map((v) => v.id)).toContain("image-alt");
  });

  test("the tracker on a phone, in every language, has no WCAG 2.2 AA violations axe can find", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const found: string[] = [];
    for (const path of ["/tracker", "/ug/tracker", "/tr/tracker", "/ug/campaigns/support-icc-complaint", "/tr/campaigns/support-icc-complaint"]) found.push(...(await violations(page, path)));
    expect(found).toEqual([]);
  });

  test("the editor's tracker pages have no WCAG 2.2 AA violations axe can find", async ({ page, context, db }) => {
    test.setTimeout(120_000); // a dozen pages and more, each rendered and checked
    await loginAs(db, context, uniqueEmail("a11y-tracker-editor"), "EDITOR");
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "support-icc-complaint" }, include: { events: true, targets: true } });
    const found: string[] = [];
    for (const prefix of PREFIXES) {
      for (const path of [
        `/admin/campaigns/${campaign.id}/events/${campaign.events[0]!.id}`,
        "/admin/decision-makers",
        "/admin/decision-makers/new",
        `/admin/decision-makers/${campaign.targets[0]!.decisionMakerId}`,
      ]) {
        found.push(...(await violations(page, `${prefix}${path}`)));
      }
    }
    expect(found).toEqual([]);
  });

  test("a supporter's and an editor's pages have no WCAG 2.2 AA violations axe can find", async ({ page, context, db, request }) => {
    // Every page below in every language, each rendered and checked: more than the default 30 s on a busy machine.
    test.setTimeout(180_000);
    await loginAs(db, context, uniqueEmail("a11y-editor"), "EDITOR");
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "support-icc-complaint" } });
    // A campaign of this test's own with a comment in the review queue, and the editor's own
    // signature on it with a comment waiting (the signer's view of it).
    const slug = uniqueSlug("a11y-review");
    const own = await db.campaign.create({ data: { slug, status: "OPEN", title: "Accessible review", summary: "S", body: "B", goal: 100 } });
    const writer = await newSession(db, "a11y-writer");
    await signAs(request, writer.cookie, slug, { showName: true, displayName: "Gulnar", comment: "Waiting words" });
    const editorCookie = (await context.cookies()).find((c) => c.name === "authjs.session-token")!;
    await signAs(request, `authjs.session-token=${editorCookie.value}`, slug, { showName: true, displayName: "Editor Signer", comment: "Mine waits too" });
    const found: string[] = [];
    for (const prefix of PREFIXES) {
      for (const path of [
        "/campaigns/support-icc-complaint",
        `/campaigns/${slug}`,
        "/me",
        "/admin",
        "/admin/campaigns/new",
        `/admin/campaigns/${campaign.id}`,
        `/admin/campaigns/${own.id}`,
        "/admin/comments",
        `/admin/updates?campaign=${campaign.id}`,
        "/admin/about",
      ]) {
        found.push(...(await violations(page, `${prefix}${path}`)));
      }
    }
    expect(found).toEqual([]);
  });

  test("what a session older than 24 hours sees has no WCAG 2.2 AA violations axe can find", async ({ page, context, db, request, baseURL }) => {
    test.setTimeout(120_000); // a dozen pages and more, each rendered and checked
    const slug = uniqueSlug("a11y-stale");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Accessible stale", summary: "S", body: "B", goal: 100 } });
    const { sessionToken, cookie } = await newSession(db, "a11y-stale");
    await signAs(request, cookie, slug);
    await ageSession(db, sessionToken, 25);
    await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL! }]);
    const found: string[] = [];
    for (const prefix of PREFIXES) {
      for (const path of ["/me", "/me?fresh=rateLimited", `/campaigns/${slug}`]) found.push(...(await violations(page, `${prefix}${path}`)));
    }
    expect(found).toEqual([]);
  });
});
