// The attacks on the cached pages and on input that issue 8 found, reproduced against the
// production build: made-up cookies and versions forcing renders, an old version's address
// serving a withdrawn name, a malformed signing body signing, NUL bytes and large bodies
// answered with 500, and inline scripts allowed wholesale.
import { baseURL } from "../playwright.config";
import { rawRequest } from "../lib/http/raw-request";
import { createSession, expect, loginAs, test, uniqueEmail, uniqueSlug } from "./fixtures";
import { actionNamed, callAction } from "./server-actions";

const port = Number(new URL(baseURL).port);
const CACHED = "public, max-age=0, s-maxage=1, must-revalidate";

test.describe("the cached pages", () => {
  test("made-up session and pending-signature cookies get the cached page; a valid session its own", async ({ request, db }) => {
    const slug = "special-coordinator-east-turkistan";
    const page = (cookie?: string) => request.get(`/campaigns/${slug}`, { headers: cookie ? { cookie } : {} });
    const anonymous = await page();
    expect(anonymous.headers()["cache-control"]).toBe(CACHED);
    for (const cookie of [
      "authjs.session-token=made-up-token-0123456789",
      "__Secure-authjs.session-token=made-up-token-0123456789",
      "pending-signature=anything",
      "pending-signature=eyJzbHVnIjoic3BlY2lhbC1jb29yZGluYXRvci1lYXN0LXR1cmtpc3RhbiJ9.AAAAAAAA",
    ]) {
      const response = await page(cookie);
      expect(response.status(), cookie).toBe(200);
      expect(response.headers()["cache-control"], cookie).toBe(CACHED);
    }
    const user = await db.user.create({ data: { email: uniqueEmail("own-page") } });
    const own = await page(`authjs.session-token=${await createSession(db, user.id)}`);
    expect(own.headers()["cache-control"]).toContain("private");
    // The cached page's internal address is never sent to anyone.
    for (const response of [anonymous, own]) expect(JSON.stringify(response.headers())).not.toMatch(/anonymous|x-middleware|x-nextjs-cache|x-matched-path/);
  });

  test("a made-up version, or an old version's address, is a 404 and renders nothing", async ({ browser, request, db }) => {
    const slug = uniqueSlug("versions");
    const campaign = await db.campaign.create({ data: { slug, status: "OPEN", title: "Versions", summary: "A demand.", body: "Body", goal: 100 } });
    const context = await browser.newContext();
    const { sessionToken } = await loginAs(db, context, uniqueEmail("named-signer"));
    const signed = await request.post(`/api/campaigns/${slug}/signature`, {
      headers: { cookie: `authjs.session-token=${sessionToken}`, origin: baseURL },
      data: { showName: true, displayName: "Withdrawn Name", follow: false },
    });
    expect(signed.status()).toBe(200);
    await db.campaign.update({ where: { id: campaign.id }, data: { title: "Versions (edited)" } });
    const named = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    const oldVersion = String(named.updatedAt.getTime());
    await expect.poll(async () => (await request.get(`/campaigns/${slug}`)).text(), { timeout: 15_000 }).toContain("Withdrawn Name");
    // Withdrawing a shown name moves the campaign to a new version.
    const withdrawn = await request.delete(`/api/campaigns/${slug}/signature`, { headers: { cookie: `authjs.session-token=${sessionToken}`, origin: baseURL } });
    expect(withdrawn.status()).toBe(200);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).updatedAt.getTime()).not.toBe(named.updatedAt.getTime());
    for (const version of [oldVersion, "1", "99999999999999", "made-up", "%6dade-up"]) {
      for (const path of [`/campaigns/${slug}/anonymous/${version}`, `/ug/campaigns/${slug}/anonymous/${version}`, `/en/campaigns/${slug}/anonymous/${version}`]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(404);
        const body = await response.text();
        expect(body, path).not.toContain("Withdrawn Name");
        expect(body, path).toContain("Page not found");
      }
    }
    // The current address catches up within a second, on every instance (decision 010).
    await expect.poll(async () => (await request.get(`/campaigns/${slug}`)).text(), { timeout: 2_000 }).not.toContain("Withdrawn Name");
    await context.close();
  });
});

test.describe("bounded input", () => {
  test("a malformed signing body is a 400 and signs nothing", async ({ request, db }) => {
    const slug = uniqueSlug("malformed");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Malformed", summary: "A demand.", body: "Body", goal: 100 } });
    const user = await db.user.create({ data: { email: uniqueEmail("malformed") } });
    const cookie = `authjs.session-token=${await createSession(db, user.id)}`;
    for (const body of ["{", "", "[]", "null", '"sign me"', "{\"showName\": false", "\u0000"]) {
      const response = await request.post(`/api/campaigns/${slug}/signature`, { headers: { cookie, origin: baseURL, "content-type": "application/json" }, data: body });
      expect(response.status(), JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ error: expect.any(String) });
    }
    expect(await db.signature.count({ where: { campaign: { slug } } })).toBe(0);
    expect((await db.signatureCounterShard.aggregate({ where: { campaign: { slug } }, _sum: { count: true } }))._sum.count ?? 0).toBe(0);
  });

  test("NUL bytes and other control characters are refused with a clear 4xx, before any query", async ({ request, db }) => {
    for (const path of ["/campaigns/ab%00c", "/api/campaigns/ab%00c", "/api/campaigns/ab%00c/count", "/signin/confirm?token=abc%00def", "/unsubscribe?token=%00", "/campaigns/x%1b"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.text(), path).toContain("control characters");
    }
    // In a Server Action's fields, and in the signing endpoint's JSON.
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "special-coordinator-east-turkistan" } });
    const user = await db.user.create({ data: { email: uniqueEmail("nul-signer") } });
    const cookie = `authjs.session-token=${await createSession(db, user.id)}`;
    const action = await callAction(request, actionNamed("signCampaignAction"), `/campaigns/${campaign.slug}`, [null], {
      slug: campaign.slug,
      locale: "en",
      comment: "a\u0000b",
    }, cookie);
    expect(action.status).toBe(400);
    expect(action.body).toContain("NUL");
    const json = await request.post(`/api/campaigns/${campaign.slug}/signature`, { headers: { cookie, origin: baseURL }, data: { showName: true, displayName: "Bad\u0000Name" } });
    expect(json.status()).toBe(422);
    expect(await json.json()).toMatchObject({ fields: { displayName: "controlCharacters" } });
    expect(await db.signature.count({ where: { userId: user.id } })).toBe(0);
    // A cookie carrying a NUL is not looked up either.
    expect((await request.get("/me", { headers: { cookie: "authjs.session-token=abc%00def" }, maxRedirects: 0 })).status()).toBeLessThan(500);
  });

  test("oversized bodies and unknown methods are 4xx, never 500", async ({ request }) => {
    const action = actionNamed("signCampaignAction");
    const sign = await request.post("/api/campaigns/special-coordinator-east-turkistan/signature", {
      headers: { origin: baseURL, "content-type": "application/json" },
      data: JSON.stringify({ showName: false, comment: "x".repeat(9 * 1024) }),
    });
    expect(sign.status()).toBe(413);
    for (const size of [1, 5]) {
      const response = await request.post("/campaigns/special-coordinator-east-turkistan", {
        headers: { "Next-Action": action.id, origin: baseURL, "content-type": "text/plain;charset=UTF-8" },
        data: `["${"x".repeat(size * 1024 * 1024)}"]`,
      });
      expect(response.status(), `${size} MB`).toBe(413);
    }
    const huge = await rawRequest(port, {
      address: "localhost",
      method: "POST",
      path: "/campaigns/special-coordinator-east-turkistan",
      headers: { host: new URL(baseURL).host, "content-type": "multipart/form-data; boundary=x" },
      body: Buffer.alloc(20 * 1024 * 1024, 120),
    }).catch(() => ({ status: 413 }));
    expect(huge.status).toBe(413);
    const chunked = await rawRequest(port, { address: "localhost", method: "POST", path: "/api/campaigns/special-coordinator-east-turkistan/signature", headers: { host: new URL(baseURL).host }, body: "{}", chunked: true });
    expect(chunked.status).toBe(411);
    for (const method of ["TRACE", "PUT", "PATCH", "PROPFIND"]) {
      const response = await rawRequest(port, { address: "localhost", method, path: "/", headers: { host: new URL(baseURL).host } });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, POST");
    }
    // The app is still up.
    expect((await request.get("/api/campaigns")).status()).toBe(200);
  });
});

test.describe("scripts", () => {
  test("no page allows inline scripts wholesale; signed-in pages' own scripts still run, anonymous pages are light", async ({ browser, db }) => {
    const context = await browser.newContext();
    await loginAs(db, context, uniqueEmail("csp-admin"), "ADMIN");
    const anonymous = await browser.newContext();
    const violations: string[] = [];
    for (const [who, ctx] of [
      ["anonymous", anonymous],
      ["admin", context],
    ] as const) {
      for (const path of ["/", "/ug", "/campaigns/special-coordinator-east-turkistan", "/ug/campaigns/special-coordinator-east-turkistan", "/signin", "/me", "/admin", "/admin/security"]) {
        if (who === "anonymous" && path.startsWith("/admin")) continue;
        const page = await ctx.newPage();
        page.on("console", (message) => {
          if (/Content Security Policy|Refused to execute/i.test(message.text())) violations.push(`${who} ${path}: ${message.text()}`);
        });
        const response = await page.goto(path);
        const policy = response?.headers()["content-security-policy"] ?? "";
        const scriptSrc = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
        expect(scriptSrc, path).not.toContain("unsafe-inline");
        if (who === "anonymous") {
          // A light page (docs/decisions/020): no inline script to name, none of Next's files,
          // at most our own live-count script.
          expect(scriptSrc, path).not.toContain("'sha256-");
          const sources = await page.evaluate(() => [...document.scripts].map((script) => script.getAttribute("src") ?? "inline"));
          expect(sources.filter((source) => !source.startsWith("/_next/static/light/")), path).toEqual([]);
          expect(await page.evaluate(() => "__next_f" in self), path).toBe(false);
        } else {
          expect(scriptSrc, path).toContain("'sha256-");
          // Hydration ran: React attached itself to the page (inline data scripts were allowed).
          await expect.poll(() => page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f)), { message: path }).toBe(true);
        }
        await page.close();
      }
    }
    expect(violations).toEqual([]);
    await context.close();
    await anonymous.close();
  });
});
