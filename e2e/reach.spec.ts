import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { APIRequestContext, Page } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { routing } from "../i18n/routing";
import { localePath } from "../lib/locale-path";
import { baseURL } from "../playwright.config";
import { expect, loginAs, submitAndWait, test, uniqueEmail, uniqueSlug } from "./fixtures";

const SEEDED = "special-coordinator-east-turkistan";

type Json = Record<string, unknown>;

async function openApiValidator(request: APIRequestContext) {
  const document = (await (await request.get("/api/openapi.json")).json()) as Json;
  expect(document.openapi).toBe("3.1.0");
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: "https://api.test/openapi.json" });
  return (name: string) => {
    const validate = ajv.getSchema(`https://api.test/openapi.json#/components/schemas/${name}`);
    if (!validate) throw new Error(`no schema ${name} in /api/openapi.json`);
    return (value: unknown) => {
      const valid = validate(value);
      return valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    };
  };
}

// A campaign of its own, signed by `signers` accounts from `country` (rows and counter shards
// written directly, as the signing statement would) plus one KZ signer through the real endpoint.
async function campaignWithSigners(db: PrismaClient, request: APIRequestContext, browser: import("@playwright/test").Browser) {
  const slug = uniqueSlug("reach");
  const campaign = await db.campaign.create({
    data: {
      slug,
      status: "OPEN",
      title: "Open the archives",
      summary: "A demand for the reach tests.",
      body: "Body",
      goal: 100,
      translations: { create: { locale: "ug", title: "ئارخىپلارنى ئېچىڭ", summary: "سىناق تەلىپى.", body: "تېكىست" } },
    },
  });
  for (let i = 0; i < 10; i++) {
    const user = await db.user.create({ data: { email: uniqueEmail("de-signer") } });
    await db.signature.create({ data: { campaignId: campaign.id, userId: user.id, country: "DE" } });
  }
  await db.signatureCounterShard.create({ data: { campaignId: campaign.id, country: "DE", shard: 0, count: 10 } });
  const context = await browser.newContext();
  const { sessionToken } = await loginAs(db, context, uniqueEmail("kz-signer"));
  const signed = await request.post(`/api/campaigns/${slug}/signature`, {
    headers: { cookie: `authjs.session-token=${sessionToken}`, origin: baseURL },
    data: { showName: false, country: "KZ" },
  });
  expect(signed.status()).toBe(200);
  await context.close();
  return { slug, campaign };
}

const KAZAKHSTAN = [/\bKZ\b/, /Kazakhstan/, /قازاقىستان/];

function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString()).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

async function parseXml(page: Page, text: string, type: "image/svg+xml" | "application/xml") {
  return page.evaluate(
    ({ text, type }) => {
      const doc = new DOMParser().parseFromString(text, type);
      return { error: doc.getElementsByTagName("parsererror").length > 0, root: doc.documentElement.localName, doc: doc.documentElement.outerHTML.length };
    },
    { text, type },
  );
}

test.describe("reach: open data, embeds, badges, share images", () => {
  test("the JSON for a seeded campaign, and the list, validate against /api/openapi.json", async ({ request }) => {
    const schema = await openApiValidator(request);
    for (const locale of routing.locales) {
      const one = await request.get(`/api/campaigns/${SEEDED}?locale=${locale}`);
      expect(one.status()).toBe(200);
      const body = (await one.json()) as Json;
      expect(schema("CampaignDetail")(body)).toEqual([]);
      expect((body.signaturesPerDay as unknown[]).length).toBe(365);
      expect((body.targets as unknown[]).length).toBeGreaterThan(0);
      expect((body.timeline as { evidence: unknown }[]).some((e) => e.evidence !== null)).toBe(true);
    }
    const list = (await (await request.get("/api/campaigns?perPage=2")).json()) as Json;
    expect(schema("CampaignList")(list)).toEqual([]);
    expect((list.campaigns as unknown[]).length).toBe(2);
    expect((list.links as Json).next).toContain("page=2");
    // The validator bites: a field of the wrong type is caught.
    expect(schema("CampaignDetail")({ ...((await (await request.get(`/api/campaigns/${SEEDED}`)).json()) as Json), goal: "many" })).not.toEqual([]);
    const bad = await request.get("/api/campaigns?page=0");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "bad_request" });
  });

  test("a KZ-only signer appears in neither the JSON breakdown nor the embed", async ({ request, browser, db }) => {
    const { slug } = await campaignWithSigners(db, request, browser);
    const json = (await (await request.get(`/api/campaigns/${slug}`)).json()) as {
      signatureCount: number;
      signaturesByCountry: { countries: { country: string }[]; otherCountries: number | null };
    };
    expect(json.signatureCount).toBe(11);
    expect(json.signaturesByCountry.countries).toEqual([{ country: "DE", signatureCount: 10 }]);
    expect(json.signaturesByCountry.otherCountries).toBeNull();
    for (const path of [`/api/campaigns/${slug}`, `/api/campaigns/${slug}?locale=ug`, `/embed/campaigns/${slug}`, `/ug/embed/campaigns/${slug}`]) {
      const body = await (await request.get(path)).text();
      for (const pattern of KAZAKHSTAN) expect(body, `${path} ${pattern}`).not.toMatch(pattern);
    }
    const embed = await (await request.get(`/embed/campaigns/${slug}`)).text();
    expect(embed).toMatch(/>Germany<\/span>: 10</);
    expect(embed).toContain("11 signatures");
  });

  test("an embed can be framed by another site in Chromium; a campaign page cannot", async ({ page, request }) => {
    const other: Server = createServer((_, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="en"><title>Partner</title><body>
        <iframe id="embed" title="embed" src="${baseURL}/embed/campaigns/${SEEDED}"></iframe>
        <iframe id="page" title="page" src="${baseURL}/campaigns/${SEEDED}"></iframe></body></html>`);
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    try {
      const origin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
      expect(new URL(origin).origin).not.toBe(new URL(baseURL).origin);
      await page.goto(origin, { waitUntil: "load" });
      await expect(page.frameLocator("#embed").getByRole("heading", { level: 1 })).toHaveText("Appoint a Special Coordinator for East Turkistani Affairs");
      await expect(page.frameLocator("#embed").getByRole("link", { name: /Sign this campaign/ })).toHaveAttribute("target", "_blank");
      // The campaign page was refused: its frame holds Chromium's error page, not the campaign.
      const frame = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes("/embed/"));
      await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
      await expect(page.frameLocator("#page").getByRole("heading", { name: /Special Coordinator/ })).toHaveCount(0);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
    const embed = await request.get(`/embed/campaigns/${SEEDED}`);
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    expect(embed.headers()["set-cookie"]).toBeUndefined();
    expect(await embed.text()).not.toContain("<script");
    const campaign = await request.get(`/campaigns/${SEEDED}`);
    expect(campaign.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(campaign.headers()["x-frame-options"]).toBe("DENY");
  });

  test("the badge is valid SVG with the current count, in every language", async ({ page, request, browser, db }) => {
    const { slug } = await campaignWithSigners(db, request, browser);
    const count = (await (await request.get(`/api/campaigns/${slug}/count`)).json()) as { signatureCount: number };
    expect(count.signatureCount).toBe(11);
    for (const [query, title] of [
      ["", "11 of 100 signatures"],
      ["?locale=ug", "100 ئىمزادىن 11"],
      ["?locale=tr", "100 imzadan 11"],
    ]) {
      const response = await request.get(`/api/campaigns/${slug}/badge.svg${query}`);
      expect(response.headers()["content-type"]).toContain("image/svg+xml");
      expect(response.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
      const svg = await response.text();
      expect(await parseXml(page, svg, "image/svg+xml")).toMatchObject({ error: false, root: "svg" });
      expect(svg).toContain(`<title>${title}</title>`);
    }
    // The check can fail: broken markup is caught.
    expect(await parseXml(page, "<svg><title>x</svg>", "image/svg+xml")).toMatchObject({ error: true });
    expect((await request.get("/api/campaigns/no-such-campaign/badge.svg")).status()).toBe(404);
  });

  test("public GETs send CORS * and an ETag, and answer 304 to a repeated request with it", async ({ request }) => {
    for (const path of ["/api/campaigns", `/api/campaigns/${SEEDED}`, `/api/campaigns/${SEEDED}/badge.svg`, `/api/campaigns/${SEEDED}/share.png?locale=ug`, `/embed/campaigns/${SEEDED}`, "/api/openapi.json"]) {
      const first = await request.get(path);
      expect(first.status(), path).toBe(200);
      expect(first.headers()["access-control-allow-origin"], path).toBe("*");
      const etag = first.headers()["etag"];
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      const again = await request.get(path, { headers: { "If-None-Match": etag! } });
      expect(again.status(), path).toBe(304);
      expect((await again.body()).length, path).toBe(0);
      expect((await request.get(path, { headers: { "If-None-Match": '"something-else"' } })).status(), path).toBe(200);
    }
  });

  test("share images: 1200×630 PNG per campaign and language, on every public page, renewed when the count changes", async ({ request, browser, db }) => {
    const { slug } = await campaignWithSigners(db, request, browser);
    const imageOf = async (path: string) => {
      const html = await (await request.get(path)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
      expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image"');
      expect(image, path).toBeTruthy();
      return image!;
    };
    const en = await imageOf(`/campaigns/${slug}`);
    const ug = await imageOf(`/ug/campaigns/${slug}`);
    const tr = await imageOf(`/tr/campaigns/${slug}`);
    expect(new Set([en, ug, tr]).size).toBe(3);
    for (const url of [en, ug, tr]) {
      const response = await request.get(url);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(response.headers()["cache-control"]).toContain("immutable");
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
    // One more signature: the page names a new image (its address carries the card's version).
    const context = await browser.newContext();
    const { sessionToken } = await loginAs(db, context, uniqueEmail("one-more"));
    await request.post(`/api/campaigns/${slug}/signature`, { headers: { cookie: `authjs.session-token=${sessionToken}`, origin: baseURL }, data: { showName: false } });
    await context.close();
    await expect.poll(() => imageOf(`/campaigns/${slug}`), { timeout: 15_000 }).not.toBe(en);
  });

  test("sitemap.xml and robots.txt parse; every public page has og:image and hreflang links", async ({ page, request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(await parseXml(page, sitemap, "application/xml")).toMatchObject({ error: false, root: "urlset" });
    const entries = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return [...doc.getElementsByTagName("url")].map((url) => ({
        loc: url.getElementsByTagName("loc")[0]?.textContent ?? "",
        alternates: Object.fromEntries([...url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])),
      }));
    }, sitemap);
    const locs = entries.map((e) => new URL(e.loc).pathname);
    for (const locale of routing.locales) {
      for (const path of ["/", "/about", "/developers", "/privacy", "/tracker", `/campaigns/${SEEDED}`]) expect(locs).toContain(localePath(locale, path));
    }
    expect(locs.filter((p) => /\/(admin|me)(\/|$)/.test(p))).toEqual([]);
    // Every language of i18n/routing.ts (English, Uyghur, Turkish) is an alternate of every page.
    for (const entry of entries) expect(Object.keys(entry.alternates).sort(), entry.loc).toEqual([...routing.locales, "x-default"].sort());
    expect(Object.keys(entries[0]!.alternates)).toContain("tr");

    const robots = await (await request.get("/robots.txt")).text();
    const rules = robots.split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#")).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()] as [string, string]);
    expect(rules.every(([field, value]) => /^(User-Agent|Allow|Disallow|Sitemap)$/i.test(field) && value !== undefined)).toBe(true);
    const disallowed = rules.filter(([field]) => /^disallow$/i.test(field)).map(([, value]) => value);
    for (const path of ["/admin", "/me", "/ug/admin", "/ug/me", "/tr/admin", "/tr/me"]) expect(disallowed).toContain(path);
    expect(rules.find(([field]) => /^sitemap$/i.test(field))?.[1]).toBe(`${baseURL}/sitemap.xml`);

    // Every page in the sitemap, and the other public pages, carry a share image and hreflang links.
    const pages = [...new Set([...locs, "/signin", "/ug/signin", "/signin/check-email", "/account-deleted", "/ug/account-deleted"])];
    const missing: string[] = [];
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      if (!/<meta property="og:image" content="[^"]+share\.png[^"]*"/.test(html)) missing.push(`${path}: og:image`);
      if (!html.includes('<meta name="twitter:card" content="summary_large_image"')) missing.push(`${path}: twitter:card`);
      for (const lang of ["en", "ug", "x-default"]) {
        if (!new RegExp(`<link rel="alternate" hrefLang="${lang}" href="[^"]+"`).test(html)) missing.push(`${path}: hreflang ${lang}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("the campaign page offers the embed and badge code and a chart of signatures per day @no-js", async ({ page }) => {
    await page.goto(`/ug/campaigns/${SEEDED}`);
    const embedCode = await page.getByLabel("رامكىنىڭ كودى").inputValue();
    expect(embedCode).toContain(`<iframe src="${baseURL}/ug/embed/campaigns/${SEEDED}"`);
    expect(await page.getByLabel("ئىمزا سانى بەلگىسىنىڭ كودى").inputValue()).toContain(`/api/campaigns/${SEEDED}/badge.svg?locale=ug`);
    const chart = page.getByRole("region", { name: "كۈنلۈك ئىمزا سانى" });
    await expect(chart.getByRole("img")).toBeVisible();
    await expect(chart.getByRole("table")).toHaveCount(1);
    // Time runs right to left in Uyghur: the newest day's bar is at the left.
    const xs = await chart.locator("rect[data-day]").evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("x"))));
    expect(xs.length).toBe(30);
    expect(xs[0]!).toBeGreaterThan(xs[xs.length - 1]!);
  });
});

// pdftotext (Debian's poppler-utils, installed by .ci/run) reads the PDF's text layer.
function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "e2e-packet-")), "packet.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

test.describe("reach: staff", () => {
  test("an editor downloads the delivery packet (audited), its text layer holds the title, and records the delivery on the tracker", async ({ page, context, db }) => {
    const { user } = await loginAs(db, context, uniqueEmail("packet-editor"), "EDITOR");
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: SEEDED } });
    await page.goto(`/admin/campaigns/${campaign.id}`);
    const panel = page.getByRole("region", { name: "Delivery packet" });
    await panel.getByLabel("Language of the packet").selectOption("en");
    const download = page.waitForEvent("download");
    await panel.getByRole("button", { name: "Download the packet (PDF)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`packet-${SEEDED}-en.pdf`);
    const pdf = Buffer.from(await (await page.request.get(`/api/admin/campaigns/${campaign.id}/packet?locale=en`)).body());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Appoint a Special Coordinator for East Turkistani Affairs");
    expect(text).toContain("E2E Advocacy Group");
    const audits = await db.auditLog.findMany({ where: { actorId: user.id, action: "packet.download", entityId: campaign.id } });
    expect(audits.length).toBe(2);

    const to = `Office of the Secretary ${uniqueSlug("x")}`;
    await panel.getByLabel("Delivered to").fill(to);
    await panel.getByLabel("How it was delivered").fill("In person, at the front desk");
    await submitAndWait(page, panel.getByRole("button", { name: "Record the delivery" }));
    await expect(panel.getByText("The delivery is on the tracker.")).toBeVisible();
    await page.goto(`/campaigns/${SEEDED}`);
    await expect(page.getByRole("region", { name: "Tracker" }).getByRole("heading", { name: `Signatures delivered to ${to}` })).toBeVisible();
    // Written in the campaign's language and translated into every other language of the site.
    const delivery = await db.campaignEvent.findFirstOrThrow({ where: { campaignId: campaign.id, title: `Signatures delivered to ${to}` }, include: { translations: true } });
    expect(delivery.translations.map((t) => t.locale).sort()).toEqual(routing.locales.filter((l) => l !== campaign.locale).sort());
    await page.goto(`/ug/campaigns/${SEEDED}`);
    await expect(page.getByRole("heading", { name: `ئىمزالار يەتكۈزۈلدى: ${to}` })).toBeVisible();
  });

  test("staff edit the About page in both languages; the change is audited and public", async ({ page, context, db }) => {
    const { user } = await loginAs(db, context, uniqueEmail("about-editor"), "EDITOR");
    const marker = uniqueSlug("mission");
    await page.goto("/admin/about");
    await page.getByLabel("Text in English").fill(`## Who we are\n\nWe campaign for the release of the detained (${marker}).`);
    await page.getByLabel("Text in ئۇيغۇرچە").fill(`## بىز كىم\n\nبىز تۇتۇلغانلارنىڭ قويۇپ بېرىلىشى ئۈچۈن كۈرەش قىلىمىز.`);
    await submitAndWait(page, page.getByRole("button", { name: "Save" }));
    await expect(page.getByText("Saved.")).toBeVisible();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "page.update" } })).toBe(1);
    const visitor = await page.context().browser()!.newPage();
    await visitor.goto("/about");
    await expect(visitor.getByRole("heading", { name: "Who we are" })).toBeVisible();
    await expect(visitor.getByText(marker)).toBeVisible();
    await expect(visitor.getByText("E2E Advocacy Group").first()).toBeVisible();
    await visitor.goto("/ug/about");
    await expect(visitor.getByRole("heading", { name: "بىز كىم" })).toBeVisible();
    await visitor.close();
  });
});
