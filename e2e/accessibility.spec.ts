import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, loginAs, test, uniqueEmail, uniqueSlug } from "./fixtures";
import { ageSession, newSession, signAs } from "./signers";

// WCAG 2.2 AA, as far as a machine can check it (axe-core): every page a visitor, a supporter
// and an editor uses, in English and in Uyghur. (What axe cannot judge, such as whether the
// words make sense, is for people to check.)
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page: Page, path: string) {
  await page.goto(path);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${path}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("accessibility", () => {
  test("public pages, signed out, have no WCAG 2.2 AA violations axe can find", async ({ page }) => {
    // Eighteen pages, each rendered and checked: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const found: string[] = [];
    for (const prefix of ["", "/ug"]) {
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

  test("the tracker on a phone, in English and Uyghur, has no WCAG 2.2 AA violations axe can find", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const found: string[] = [];
    for (const path of ["/tracker", "/ug/tracker", "/ug/campaigns/support-icc-complaint"]) found.push(...(await violations(page, path)));
    expect(found).toEqual([]);
  });

  test("the editor's tracker pages have no WCAG 2.2 AA violations axe can find", async ({ page, context, db }) => {
    await loginAs(db, context, uniqueEmail("a11y-tracker-editor"), "EDITOR");
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "support-icc-complaint" }, include: { events: true, targets: true } });
    const found: string[] = [];
    for (const prefix of ["", "/ug"]) {
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
    // Eighteen pages, each rendered and checked: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
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
    for (const prefix of ["", "/ug"]) {
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
    const slug = uniqueSlug("a11y-stale");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Accessible stale", summary: "S", body: "B", goal: 100 } });
    const { sessionToken, cookie } = await newSession(db, "a11y-stale");
    await signAs(request, cookie, slug);
    await ageSession(db, sessionToken, 25);
    await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL! }]);
    const found: string[] = [];
    for (const prefix of ["", "/ug"]) {
      for (const path of ["/me", "/me?fresh=rateLimited", `/campaigns/${slug}`]) found.push(...(await violations(page, `${prefix}${path}`)));
    }
    expect(found).toEqual([]);
  });
});
