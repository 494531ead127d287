import { baseURL } from "../playwright.config";
import { expect, loginAs, test, uniqueEmail, uniqueSlug } from "./fixtures";

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
    expect(page).toContain("fewer than 10");
  });

  test("asking for a sign-in link looks the same whether or not the address signed", async ({ page, db, browser }) => {
    const signer = uniqueEmail("has-signed");
    const context = await browser.newContext();
    const { sessionToken } = await loginAs(db, context, signer);
    await context.request.post("/api/campaigns/special-coordinator-east-turkistan/signature", {
      headers: { cookie: `authjs.session-token=${sessionToken}`, origin: baseURL },
      data: { showName: false, follow: false },
    });
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
    await db.signature.deleteMany({ where: { user: { email: signer } } });
    await db.signatureCounterShard.updateMany({ where: { campaign: { slug: "special-coordinator-east-turkistan" } }, data: { count: 0 } });
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
    const before = await db.signature.count();
    const slug = "special-coordinator-east-turkistan";
    for (const method of ["post", "delete"] as const) {
      const response = await request[method](`/api/campaigns/${slug}/signature`, { headers: { origin: baseURL }, data: { showName: false, follow: true } });
      expect(response.status(), method).toBe(401);
    }
    expect(await db.signature.count()).toBe(before);
  });
});

