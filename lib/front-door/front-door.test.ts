import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseSettings, type Settings } from "@/lib/config/settings";
import { db, resetDatabase } from "@/test/db";
import { closeFrontDoorPool } from "./database";
import { createFrontDoor, frontDoorSteps } from "./index";
import type { Step } from "./step";

// The front door as server.ts runs it, with a stand-in for Next that records what reached it.
function settingsFor(env: Record<string, string | undefined>): Settings {
  const parsed = parseSettings(env);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.settings;
}

async function serve(settings: Settings, steps: Step[]) {
  const reachedNext: string[] = [];
  const server = createServer(
    createFrontDoor({
      settings,
      steps,
      next: async (req, res) => {
        reachedNext.push(`${req.method} ${req.url}`);
        res.end("from next");
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin, reachedNext };
}

const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe("the front door", () => {
  let running: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    running = await serve(settingsFor({ DATABASE_URL: process.env.DATABASE_URL }), frontDoorSteps());
  });
  afterAll(async () => {
    await close(running.server);
    await closeFrontDoorPool();
  });
  beforeEach(resetDatabase);

  it("answers the count of a public campaign itself, and 404 for a draft or unknown one", async () => {
    const campaign = await db.campaign.create({ data: { slug: "counted", status: "OPEN", title: "T", summary: "S", body: "B", goal: 500 } });
    await db.signatureCounterShard.createMany({ data: [0, 1, 2].map((shard) => ({ campaignId: campaign.id, country: "", shard, count: 2 })) });
    await db.campaign.create({ data: { slug: "secret-draft", status: "DRAFT", title: "T", summary: "S", body: "B", goal: 500 } });
    const response = await fetch(`${running.origin}/api/campaigns/counted/count`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=5, s-maxage=5, stale-while-revalidate=30");
    expect(await response.json()).toEqual({ slug: "counted", goal: 500, status: "open", signatureCount: 6 });
    expect((await fetch(`${running.origin}/api/campaigns/secret-draft/count`)).status).toBe(404);
    expect((await fetch(`${running.origin}/api/campaigns/nothing-here/count`)).status).toBe(404);
    expect(running.reachedNext).toEqual([]);
  });

  it("passes everything else on to Next", async () => {
    const response = await fetch(`${running.origin}/campaigns/counted?x=1`);
    expect(await response.text()).toBe("from next");
    expect(running.reachedNext).toContain("GET /campaigns/counted?x=1");
  });
});

describe("when a step fails", () => {
  it("answers 503 with Retry-After, never a bare 500", async () => {
    // Nothing listens on port 1: the count's database query fails.
    const { server, origin } = await serve(settingsFor({ DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" }), frontDoorSteps());
    try {
      const response = await fetch(`${origin}/api/campaigns/counted/count`);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toMatchObject({ error: "database_unavailable" });
    } finally {
      await close(server);
      await closeFrontDoorPool();
    }
  });
});
