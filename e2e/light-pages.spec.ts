// A visitor without a session gets light pages: no React, no Next router, no payload; one small
// script of ours on the campaign page keeps its count live (docs/decisions/020-light-pages.md).
// A signed-in visitor gets Next's page, hydrated.
import type { Page } from "@playwright/test";
import { expect, loginAs, test, uniqueEmail, uniqueSlug } from "./fixtures";
import { signAs, newSession } from "./signers";

const scriptsOf = (page: Page) => page.locator("script").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src || `inline:${s.textContent?.slice(0, 30)}`));

test.describe("light pages", () => {
  test("a visitor without a session loads only the live count script, and the count moves without a reload, in English and Uyghur", async ({ page, request, db }) => {
    // Two counts arriving by the page's own polling. The count's answer may be kept by the
    // browser and shown once more while it is asked again (max-age=5, stale-while-revalidate):
    // a new count shows on the second poll after it, up to ~21 s.
    test.setTimeout(90_000);
    const slug = uniqueSlug("light");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Light", summary: "A demand.", body: "Body", goal: 1000, translations: { create: { locale: "ug", title: "يېنىك", summary: "تەلەپ", body: "تەلەپ" } } } });
    const loaded: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") loaded.push(new URL(r.url()).pathname);
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    await page.goto(`/campaigns/${slug}`);
    const scripts = await scriptsOf(page);
    expect(scripts).toHaveLength(1);
    expect(new URL(scripts[0]!).pathname).toMatch(/^\/_next\/static\/light\/live-count-[0-9a-f]{16}\.js$/);
    expect(loaded).toEqual([new URL(scripts[0]!).pathname]);
    expect(await page.content()).not.toContain("__next_f");
    await expect(page.getByTestId("signature-count")).toHaveText("No signatures yet");

    const { cookie } = await newSession(db, "light-signer");
    await signAs(request, cookie, slug);
    await expect(page.getByTestId("signature-count")).toHaveText("1 signature", { timeout: 30_000 });
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-label", "1 of 1,000 signatures");
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1");

    await page.goto(`/ug/campaigns/${slug}`);
    await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", "1");
    const second = await newSession(db, "light-signer-ug");
    await signAs(request, second.cookie, slug);
    await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", "2", { timeout: 30_000 });
    await expect(page.getByTestId("signature-count")).toHaveText("2 ئىمزا");
    expect(errors).toEqual([]);
  });

  test("pages without a live count load no script at all; a signed-in visitor gets Next's page, hydrated", async ({ page, context, db }) => {
    for (const path of ["/", "/ug", "/privacy", "/signin", "/tracker"]) {
      await page.goto(path);
      expect(await scriptsOf(page), path).toEqual([]);
    }
    await loginAs(db, context, uniqueEmail("light-hydrated"));
    await page.goto("/");
    const scripts = await scriptsOf(page);
    expect(scripts.some((s) => s.includes("/_next/static/chunks/"))).toBe(true);
    expect(await page.content()).toContain("__next_f");
  });
});
