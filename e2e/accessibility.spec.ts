import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, loginAs, test, uniqueEmail } from "./fixtures";

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
    const found: string[] = [];
    for (const prefix of ["", "/ug"]) {
      for (const path of [
        "/",
        "/campaigns/special-coordinator-east-turkistan",
        "/signin",
        "/signin/check-email",
        "/account-deleted",
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

  test("a supporter's and an editor's pages have no WCAG 2.2 AA violations axe can find", async ({ page, context, db }) => {
    await loginAs(db, context, uniqueEmail("a11y-editor"), "EDITOR");
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "support-icc-complaint" } });
    const found: string[] = [];
    for (const prefix of ["", "/ug"]) {
      for (const path of ["/campaigns/support-icc-complaint", "/me", "/admin", "/admin/campaigns/new", `/admin/campaigns/${campaign.id}`, `/admin/updates?campaign=${campaign.id}`, "/admin/about"]) {
        found.push(...(await violations(page, `${prefix}${path}`)));
      }
    }
    expect(found).toEqual([]);
  });
});
