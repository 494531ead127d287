// "With the database stopped, a cached campaign page still renders (JavaScript off) and the sign
// form answers a 503 page in the reader's language." Real processes: the production build as
// `npm start` runs it, on an embedded PostgreSQL of its own that the test stops and starts.
import { rmSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../scripts/embedded-postgres";
import { expect, test, uniqueSlug } from "./fixtures";
import { bin, freePort, root, run, startApp, stopApp, waitUntilServing, type App } from "./processes";

const status = (url: string) => fetch(url).then((r) => r.status, () => 0);

test("with the database stopped, cached pages render without JavaScript and the sign form answers 503 in the reader's language", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const dir = path.join(root, ".data", "e2e-outage-pg");
  rmSync(dir, { recursive: true, force: true });
  const pgPort = await freePort();
  let database: EmbeddedDatabase | undefined = await startEmbeddedPostgres({ dir, port: pgPort });
  const databaseUrl = database.url;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  let app: App | undefined;
  try {
    await run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: databaseUrl });
    const slug = uniqueSlug("outage");
    await db.campaign.create({ data: { slug, status: "OPEN", title: "Free the journalists", summary: "A demand.", body: "Body", goal: 100 } });
    await db.$disconnect();

    const port = await freePort();
    const appUrl = `http://localhost:${port}`;
    app = startApp(port, {
      DATABASE_URL: databaseUrl,
      AUTH_URL: appUrl,
      AUTH_SECRET: "outage-test-secret-0123456789abcdef",
      EMAIL_OUTBOX_DIR: mkdtempSync(path.join(tmpdir(), "outage-outbox-")),
      NEXT_TELEMETRY_DISABLED: "1",
    });
    await waitUntilServing(appUrl);
    const context = await browser.newContext({ baseURL: appUrl, javaScriptEnabled: false });
    const page = await context.newPage();
    // Readers were here before the outage, in both languages: the pages are cached.
    for (const path of [`/campaigns/${slug}`, `/ug/campaigns/${slug}`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Free the journalists" })).toBeVisible();
    }

    await database.stop();
    database = undefined;
    // The instance has noticed: it says so to load balancers.
    await expect.poll(() => status(`${appUrl}/api/ready`), { timeout: 15_000 }).toBe(503);

    // English: the cached page, then the sign form answered with a 503 page in English.
    const response = await page.goto(`/campaigns/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Free the journalists" })).toBeVisible();
    await page.getByLabel("Show my name publicly with my signature").check();
    await page.getByLabel("Name to show").fill("Outage Test");
    const answered = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: /^Sign \(we will email you/ }).click();
    const posted = await answered;
    expect(posted.status()).toBe(503);
    expect(posted.headers()["retry-after"]).toBe("5");
    await expect(page.getByRole("heading", { level: 1, name: "Briefly unavailable" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "See all campaigns" })).toHaveAttribute("href", "/");

    // Uyghur: the same, right to left, in Uyghur.
    expect((await page.goto(`/ug/campaigns/${slug}`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Free the journalists" })).toBeVisible();
    const answeredUg = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: /^ئىمزا قويۇش/ }).click();
    expect((await answeredUg).status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1, name: "ۋاقىتلىق ئىشلەتكىلى بولمايدۇ" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ug");
    await page.screenshot({ path: testInfo.outputPath("unavailable-ug.png") });

    // Back without restarting the app.
    database = await startEmbeddedPostgres({ dir, port: pgPort });
    await expect.poll(() => status(`${appUrl}/api/ready`), { timeout: 30_000 }).toBe(200);
    await page.goto(`/campaigns/${slug}`);
    await page.getByRole("button", { name: /^Sign \(we will email you/ }).click();
    await expect(page).toHaveURL(/\/signin\?/);
    await context.close();

    // One line when it went away and one when it came back, not a trace per request.
    const lines = app.log().split("\n").filter((line) => line.startsWith("database: "));
    expect(lines).toEqual([expect.stringMatching(/^database: reachable$/), expect.stringMatching(/^database: unreachable/), expect.stringMatching(/^database: reachable again after/)]);
    expect(app.log()).not.toMatch(/PrismaClientKnownRequestError|Can't reach database server/);
  } finally {
    if (app) {
      await stopApp(app);
      await testInfo.attach("app.log", { body: app.log(), contentType: "text/plain" });
    }
    await db.$disconnect();
    await database?.stop();
  }
});
