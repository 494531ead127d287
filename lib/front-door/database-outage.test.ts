import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseSettings, type Settings } from "@/lib/config/settings";
import { closeFrontDoorPool, databaseReachability } from "./database";
import { createFrontDoor, frontDoorSteps } from "./index";

// The front door when the database is away (nothing listens on port 1): what reaches Next, what
// is answered at once, in which language, and what becomes of Next's own 500s.
function settingsFor(url: string): Settings {
  const parsed = parseSettings({ DATABASE_URL: url });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.settings;
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  await closeFrontDoorPool();
});

async function serve(settings: Settings, next: (req: IncomingMessage, res: ServerResponse) => void) {
  const reachedNext: string[] = [];
  server = createServer(
    createFrontDoor({
      settings,
      steps: frontDoorSteps(),
      next: async (req, res) => {
        reachedNext.push(`${req.method} ${req.url}`);
        next(req, res);
      },
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reachedNext };
}

const cachedPage = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { "Content-Type": "text/html", "Cache-Control": "s-maxage=5" });
  res.end("<p>cached page</p>");
};
const failingRender = (_req: IncomingMessage, res: ServerResponse) => {
  res.statusCode = 500;
  res.end("Internal Server Error");
};

describe("while the database is away", () => {
  it("lets anonymous readers reach Next's cached pages, and answers the rest with 503 at once", async () => {
    const settings = settingsFor("postgresql://nobody@127.0.0.1:1/none");
    expect(await databaseReachability(settings).check()).toBe("unreachable");
    const { origin, reachedNext } = await serve(settings, cachedPage);

    const page = await fetch(`${origin}/campaigns/some-campaign`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe("<p>cached page</p>");

    const post = await fetch(`${origin}/ug/campaigns/some-campaign`, { method: "POST", body: "x=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(post.status).toBe(503);
    expect(post.headers.get("retry-after")).toBe("5");
    expect(post.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await post.text();
    expect(html).toContain('<html lang="ug" dir="rtl">');
    expect(html).toContain("ۋاقىتلىق ئىشلەتكىلى بولمايدۇ");
    expect(html).toContain('href="/ug/campaigns/some-campaign"');
    expect(html).not.toContain("<script");

    const signedIn = await fetch(`${origin}/campaigns/some-campaign`, { headers: { Cookie: "theme=x; authjs.session-token=abc" } });
    expect(signedIn.status).toBe(503);
    expect(await signedIn.text()).toContain('<html lang="en" dir="ltr">');

    const api = await fetch(`${origin}/api/campaigns/some-campaign/signature`, { method: "POST", body: "{}" });
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    expect(await api.json()).toEqual({ error: "database_unavailable", message: expect.stringContaining("cannot reach its database") });

    expect(reachedNext).toEqual(["GET /campaigns/some-campaign"]);
  });

  it("turns Next's 500 for a page it has not cached into the same 503, in the reader's language", async () => {
    const settings = settingsFor("postgresql://nobody@127.0.0.1:1/none");
    const { origin } = await serve(settings, failingRender);
    // The first failure is what tells this instance the database is away: no earlier check.
    const page = await fetch(`${origin}/ug`);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(await page.text()).toContain("ۋاقىتلىق ئىشلەتكىلى بولمايدۇ");
    const json = await fetch(`${origin}/api/campaigns`);
    expect(json.status).toBe(503);
    expect(await json.json()).toMatchObject({ error: "database_unavailable" });
  });

  it("says the process is up (/api/health) but not ready (/api/ready)", async () => {
    const { origin } = await serve(settingsFor("postgresql://nobody@127.0.0.1:1/none"), cachedPage);
    const health = await fetch(`${origin}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${origin}/api/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get("retry-after")).toBe("5");
    expect(await ready.json()).toMatchObject({ status: "unavailable", database: "unreachable", replica: "none" });
  });
});

describe("while the database answers", () => {
  it("lets Next's 500 out as it is: a bug is not an outage", async () => {
    const { origin } = await serve(settingsFor(process.env.DATABASE_URL!), failingRender);
    const page = await fetch(`${origin}/campaigns/x`);
    expect(page.status).toBe(500);
    expect(await page.text()).toBe("Internal Server Error");
  });

  it("is ready when every shipped migration is applied", async () => {
    const { origin } = await serve(settingsFor(process.env.DATABASE_URL!), cachedPage);
    const ready = await fetch(`${origin}/api/ready`);
    expect(await ready.json()).toEqual({ status: "ready", database: "reachable", migrations: "current", replica: "none" });
    expect(ready.status).toBe(200);
  });
});

describe("a release whose migrations have not been applied", () => {
  it("is not ready, and names what is missing", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, cpSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { readyEndpoint } = await import("./steps/ready-endpoint");
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(path.resolve("prisma/migrations"), dir, { recursive: true });
    mkdirSync(path.join(dir, "29990101000000_from_the_future"));
    writeFileSync(path.join(dir, "29990101000000_from_the_future", "migration.sql"), "SELECT 1;");
    const settings = settingsFor(process.env.DATABASE_URL!);
    server = createServer(createFrontDoor({ settings, steps: [readyEndpoint({ migrationsDir: dir })], next: async (_req, res) => void res.end() }));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: "reachable", migrations: "pending", pending: ["29990101000000_from_the_future"] });
  });
});

describe("a database never migrated", () => {
  it("is not ready, with every shipped migration pending", async () => {
    const { db } = await import("@/test/db");
    const { shippedMigrations } = await import("./steps/ready-endpoint");
    const name = `never_migrated_${Date.now()}`;
    await db.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      const { origin } = await serve(settingsFor(url.toString()), cachedPage);
      const response = await fetch(`${origin}/api/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ migrations: "pending", pending: shippedMigrations() });
    } finally {
      await closeFrontDoorPool();
      await db.$executeRawUnsafe(`DROP DATABASE "${name}" WITH (FORCE)`);
    }
  });
});
