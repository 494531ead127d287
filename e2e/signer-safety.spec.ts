import type { APIRequestContext, Browser } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { countryNamer } from "../lib/validation/countries";
import { expect, loginAs, test, uniqueEmail, uniqueSlug } from "./fixtures";
import { signAs, signMany } from "./signers";

const PUBLIC_PATHS = (slug: string) => [
  "/",
  "/ug",
  `/campaigns/${slug}`,
  `/ug/campaigns/${slug}`,
  "/api/campaigns",
  `/api/campaigns/${slug}`,
  `/api/campaigns/${slug}/count`,
];

test.describe("signer safety", () => {
  test("no public page or JSON shows a signer who did not opt in", async ({ browser, request, db }) => {
    const slug = uniqueSlug("safety-public");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Safety", summary: "A demand.", body: "Body", goal: 100 } });
    const hidden = uniqueEmail("hidden-signer");
    const shown = uniqueEmail("shown-signer");
    for (const [email, showName] of [
      [hidden, false],
      [shown, true],
    ] as const) {
      const context = await browser.newContext();
      const { sessionToken } = await loginAs(db, context, email);
      const response = await request.post(`/api/campaigns/${slug}/signature`, {
        headers: { cookie: `authjs.session-token=${sessionToken}`, origin: baseURL },
        data: { showName, displayName: showName ? "Visible Name" : "Hidden Name", comment: showName ? "seen" : "unseen words", country: "SE" },
      });
      expect(response.status()).toBe(200);
      await context.close();
    }
    for (const path of PUBLIC_PATHS(slug)) {
      const body = await (await request.get(path)).text();
      expect(body, path).not.toContain(hidden);
      expect(body, path).not.toContain(shown);
      expect(body, path).not.toContain("Hidden Name");
      expect(body, path).not.toContain("unseen words");
    }
    const page = await (await request.get(`/campaigns/${slug}`)).text();
    expect(page).toContain("Visible Name");
    // Two signers from Sweden: too few for Sweden to be named (the disclosure test below looks
    // at every output; here, the breakdown is empty).
    expect(page).toContain("No country has 10 signers yet.");
    expect(await (await request.get(`/api/campaigns/${slug}`)).text()).not.toContain('"SE"');
  });

  test("asking for a sign-in link looks the same whether or not the address signed", async ({ page, db, browser }) => {
    const slug = uniqueSlug("safety-signin");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Safety sign-in", summary: "A demand.", body: "Body", goal: 100 } });
    const signer = uniqueEmail("has-signed");
    const context = await browser.newContext();
    const { sessionToken } = await loginAs(db, context, signer);
    await signAs(context.request, `authjs.session-token=${sessionToken}`, slug);
    await context.close();
    const pages: string[] = [];
    for (const email of [signer, uniqueEmail("never-signed")]) {
      await page.goto("/signin");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
      pages.push(await page.locator("main").innerHTML());
    }
    expect(pages[0]).toBe(pages[1]);
  });

  test("the emailed link signs in on POST only, once", async ({ page, request, mailbox }) => {
    const email = uniqueEmail("scanner");
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const mail = await mailbox.waitForMessage(email);
    const link = /https?:\/\/\S+\/signin\/confirm\?\S+/.exec(mail.text)?.[0] ?? "";
    // A scanner fetching the link, and even Auth.js's own callback by GET, signs nobody in.
    const token = new URL(link).searchParams.get("token") ?? "";
    expect((await request.get(link)).status()).toBe(200);
    const callback = await request.get(`/api/auth/callback/email?token=${token}`, { maxRedirects: 0 });
    expect(callback.status()).toBe(303);
    expect(callback.headers()["set-cookie"] ?? "").not.toContain("session-token");
    // A cross-site POST is refused.
    const forged = await request.post(`/api/auth/callback/email?token=${token}`, { headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    // The person pressing the button is signed in; the same link then no longer works.
    await page.goto(link);
    await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "My account" }).click();
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Sign-in link not valid" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("button", { name: "Sign in" })).toHaveCount(0);
  });

  test("the signing endpoint refuses anyone not signed in", async ({ request, db }) => {
    const slug = uniqueSlug("safety-refuse");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Safety refuse", summary: "A demand.", body: "Body", goal: 100 } });
    const before = await db.signature.count();
    for (const method of ["post", "delete"] as const) {
      const response = await request[method](`/api/campaigns/${slug}/signature`, { headers: { origin: baseURL }, data: { showName: false, follow: true } });
      expect(response.status(), method).toBe(401);
    }
    expect(await db.signature.count()).toBe(before);
  });

  test("the sign form ticks nothing in advance, says what following means, and links to the privacy page", async ({ page, context, db }) => {
    const slug = uniqueSlug("consent");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Consent", summary: "A demand.", body: "Body", goal: 100 } });
    await page.goto(`/campaigns/${slug}`);
    const form = page.locator("#sign");
    const boxes = await form.getByRole("checkbox").all();
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (const box of boxes) await expect(box).not.toBeChecked();
    await expect(form.getByRole("checkbox", { name: "Follow this campaign" })).toHaveAccessibleDescription(/only when the organisers post news/);
    // A visitor's form goes on to sign-in; the country is asked, with its promise, once signed in.
    await expect(form.getByLabel("Country (optional)")).toHaveCount(0);
    await expect(form.getByText("add your country if you wish", { exact: false })).toBeVisible();
    await loginAs(db, context, uniqueEmail("consent"));
    await page.reload();
    await expect(form.getByLabel("Country (optional)")).toHaveValue("");
    await expect(form.getByText("A country with fewer than 10 signers is never named", { exact: false })).toBeVisible();
    await form.getByRole("link", { name: "How we handle your data" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy: what we keep, for how long, and who sees it");
  });

  test("a country is named only from 10 signers; small ones join Other countries, shown only from 10", async ({ browser, request, db }) => {
    const slug = uniqueSlug("disclosure");
    const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title: "Disclosure", summary: "A demand.", body: "Body", goal: 1000 } });
    // The public breakdown changes at most hourly. The test dates the stored snapshot back, as an
    // hour passing would, and the next public read recomputes it (the production path).
    const anHourPasses = () => db.publicBreakdown.updateMany({ where: { campaignId: campaign.id }, data: { computedAt: new Date(Date.now() - 61 * 60_000) } });
    const views = () => publicViews(browser, request, slug);

    await signMany(request, db, slug, 1, { country: "KZ" });
    await anHourPasses();
    expectNotNamed(await views(), "KZ");
    expect(await breakdownJson(request, slug)).toMatchObject({ countries: [], otherCountries: null, threshold: 10 });

    // Ten from Germany: named once the hour has passed, not before.
    await signMany(request, db, slug, 10, { country: "DE" });
    expectNotNamed(await views(), "DE");
    await anHourPasses();
    const withGermany = await views();
    expectNamed(withGermany, "DE", 10);
    expectNotNamed(withGermany, "KZ");
    expect(otherRow(withGermany)).toBeNull();

    // Nine from small countries (the one from Kazakhstan and eight more): no "Other countries".
    await signMany(request, db, slug, 3, { country: "KG" });
    await signMany(request, db, slug, 2, { country: "TR" });
    await signMany(request, db, slug, 3, { country: "UZ" });
    await anHourPasses();
    const nine = await views();
    expect(otherRow(nine)).toBeNull();
    expect((await breakdownJson(request, slug)).otherCountries).toBeNull();
    for (const code of ["KZ", "KG", "TR", "UZ"]) expectNotNamed(nine, code);

    // One more makes ten: "Other countries" appears, with 10, and still names none of them.
    await signMany(request, db, slug, 1, { country: "AZ" });
    await anHourPasses();
    const ten = await views();
    expect(otherRow(ten)).toBe("10");
    expect(await breakdownJson(request, slug)).toMatchObject({ countries: [{ country: "DE", signatureCount: 10 }], otherCountries: 10 });
    for (const code of ["KZ", "KG", "TR", "UZ", "AZ"]) expectNotNamed(ten, code);
  });
});

// ---- What the public sees, output by output. Issue 12's embed (and feeds, images, packets)
// join by adding a reader here: every check above then covers them too.

type PublicView = { output: string; locale: "en" | "ug"; text: string; countryRows?: Map<string, string> };

// The visible text of a page as a visitor without a session gets it, minus the sign form's
// list of every country (which names them all, and says nothing about signers).
async function pageView(browser: Browser, path: string, locale: "en" | "ug"): Promise<PublicView> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  const text = await page.evaluate(() => {
    document.querySelectorAll("select").forEach((select) => select.remove());
    return document.body.innerText;
  });
  const rows = new Map<string, string>();
  for (const row of await page.getByRole("region", { name: locale === "en" ? "Signatures by country" : /دۆلەتلەر بويىچە ئىمزالار/ }).getByRole("row").all()) {
    rows.set((await row.getByRole("rowheader").innerText()).trim(), (await row.getByRole("cell").innerText()).trim());
  }
  await context.close();
  return { output: path, locale, text, countryRows: rows };
}

async function publicViews(browser: Browser, request: APIRequestContext, slug: string): Promise<PublicView[]> {
  const json = async (path: string, locale: "en" | "ug"): Promise<PublicView> => ({ output: path, locale, text: await (await request.get(path)).text() });
  // The JSON first: a read after the hour recomputes the snapshot (and moves the page's version).
  return [
    await json(`/api/campaigns/${slug}`, "en"),
    await json(`/api/campaigns/${slug}?locale=ug`, "ug"),
    await json("/api/campaigns", "en"),
    await pageView(browser, `/campaigns/${slug}`, "en"),
    await pageView(browser, `/ug/campaigns/${slug}`, "ug"),
  ];
}

async function breakdownJson(request: APIRequestContext, slug: string) {
  return ((await (await request.get(`/api/campaigns/${slug}`)).json()) as { signaturesByCountry: { countries: unknown[]; otherCountries: number | null; threshold: number } }).signaturesByCountry;
}

const nameIn = (code: string, locale: "en" | "ug") => countryNamer(locale)(code).name;

function expectNotNamed(views: PublicView[], code: string) {
  for (const view of views) {
    expect(view.text, `${view.output} names ${code}`).not.toContain(nameIn(code, view.locale));
    expect(view.text, `${view.output} has the code ${code}`).not.toContain(`"${code}"`);
  }
}

function expectNamed(views: PublicView[], code: string, count: number) {
  for (const view of views.filter((v) => v.countryRows)) expect(view.countryRows?.get(nameIn(code, view.locale)), view.output).toBe(String(count));
  const json = views.find((v) => v.output.startsWith("/api/campaigns/") && v.locale === "en");
  expect(json?.text).toContain(`{"country":"${code}","signatureCount":${count}}`);
}

// The count in the English page's "Other countries" row, or null when there is no such row.
function otherRow(views: PublicView[]): string | null {
  const page = views.find((v) => v.countryRows && v.locale === "en");
  const ug = views.find((v) => v.countryRows && v.locale === "ug");
  const en = page?.countryRows?.get("Other countries") ?? null;
  expect(ug?.countryRows?.get("باشقا دۆلەتلەر") ?? null).toBe(en);
  return en;
}
