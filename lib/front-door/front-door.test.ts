import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { closeFrontDoorPool } from "./database";
import { frontDoorSteps } from "./index";
import type { Step } from "./step";
import { rawRequest, serve, settingsFor, withServed, type Served } from "./test-support";

describe("the front door", () => {
  let running: Served;
  beforeAll(async () => {
    running = await serve(settingsFor({ NODE_ENV: "test", DATABASE_URL: process.env.DATABASE_URL }), frontDoorSteps());
  });
  afterAll(async () => {
    await running.close();
    await closeFrontDoorPool();
  });
  beforeEach(resetDatabase);

  it("answers the count of a public campaign itself, and 404 for a draft or unknown one", async () => {
    const campaign = await db.campaign.create({ data: { slug: "counted", status: "OPEN", title: "T", summary: "S", body: "B", goal: 500 } });
    await db.signatureCounterShard.createMany({ data: [0, 1, 2].map((shard) => ({ campaignId: campaign.id, country: "", shard, count: 2 })) });
    await db.campaign.create({ data: { slug: "secret-draft", status: "DRAFT", title: "T", summary: "S", body: "B", goal: 500 } });
    const response = await rawRequest(running.port, { path: "/api/campaigns/counted/count" });
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=5, s-maxage=5, stale-while-revalidate=30");
    expect(JSON.parse(response.body)).toEqual({ slug: "counted", goal: 500, status: "open", signatureCount: 6 });
    expect((await rawRequest(running.port, { path: "/api/campaigns/secret-draft/count" })).status).toBe(404);
    expect((await rawRequest(running.port, { path: "/api/campaigns/nothing-here/count" })).status).toBe(404);
    const post = await rawRequest(running.port, { method: "POST", path: "/api/campaigns/counted/count", headers: { "content-type": "multipart/form-data" }, body: "--x" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    expect(running.reachedNext).toEqual([]);
  });

  it("passes everything else on to Next", async () => {
    const response = await rawRequest(running.port, { path: "/campaigns/counted?x=1" });
    expect(response.body).toBe("from next");
    expect(running.reachedNext.map((r) => `${r.method} ${r.url}`)).toContain("GET /campaigns/counted?x=1");
  });
});

describe("when a step fails", () => {
  it("answers 503 with Retry-After, never a bare 500", async () => {
    // Nothing listens on port 1: the count's database query fails.
    const running = await serve(settingsFor({ NODE_ENV: "test", DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" }), frontDoorSteps());
    try {
      const response = await rawRequest(running.port, { path: "/api/campaigns/counted/count" });
      expect(response.status).toBe(503);
      expect(response.headers["retry-after"]).toBe("5");
      expect(JSON.parse(response.body)).toMatchObject({ error: "database_unavailable" });
    } finally {
      await running.close();
      await closeFrontDoorPool();
    }
  });
});

describe("running the steps", () => {
  const settings = settingsFor({ NODE_ENV: "test" });
  const step = (name: string, run: Step["run"]): Step => ({ name, run });

  it("runs steps that answer at once in the request's own turn, with no await between them", async () => {
    let laterTurn = false;
    let sawLaterTurn: boolean | undefined;
    await withServed(serve(settings, [
      step("first", () => {
        queueMicrotask(() => (laterTurn = true));
        return "pass";
      }),
      step("second", () => "pass"),
      step("answers", ({ res }) => {
        sawLaterTurn = laterTurn;
        res.end("answered here");
        return "answered";
      }),
    ]), async (running) => {
      expect((await rawRequest(running.port, { path: "/x" })).body).toBe("answered here");
      expect(sawLaterTurn).toBe(false);
      expect(running.reachedNext).toEqual([]);
    });
  });

  it("awaits every step from the first one that answers with a promise, in order, then Next", async () => {
    const order: string[] = [];
    await withServed(serve(settings, [
      step("at once", () => (order.push("at once"), "pass")),
      step("later", async () => (await new Promise((resolve) => setImmediate(resolve)), order.push("later"), "pass" as const)),
      step("after it", () => (order.push("after it"), "pass")),
      step("async again", async () => (order.push("async again"), "pass" as const)),
    ]), async (running) => {
      expect((await rawRequest(running.port, { path: "/y" })).body).toBe("from next");
      expect(order).toEqual(["at once", "later", "after it", "async again"]);
      expect(running.reachedNext.map((r) => r.url)).toEqual(["/y"]);
    });
  });

  it("stops at a step whose promise answers", async () => {
    const ran: string[] = [];
    await withServed(serve(settings, [
      step("answers later", async ({ res }) => {
        await new Promise((resolve) => setImmediate(resolve));
        res.end("answered later");
        return "answered" as const;
      }),
      step("never", () => (ran.push("never"), "pass")),
    ]), async (running) => {
      expect((await rawRequest(running.port, { path: "/z" })).body).toBe("answered later");
      expect(ran).toEqual([]);
      expect(running.reachedNext).toEqual([]);
    });
  });

  it("answers 503 when a step throws or its promise fails, whether or not an await came before", async () => {
    const ran: string[] = [];
    const failing = {
      "/throws": [step("throws", () => { throw new Error("boom"); })],
      "/rejects": [step("rejects", () => Promise.reject(new Error("boom")))],
      "/throws-after-await": [step("waits", async () => "pass" as const), step("throws", () => { throw new Error("boom"); })],
    };
    for (const [path, steps] of Object.entries(failing)) {
      await withServed(serve(settings, [...steps, step("after", () => (ran.push(path), "pass"))]), async (running) => {
        const response = await rawRequest(running.port, { path: "/api/thing" });
        expect(response.status, path).toBe(503);
        expect(response.headers["retry-after"], path).toBe("5");
        expect(running.reachedNext, path).toEqual([]);
      });
    }
    expect(ran).toEqual([]);
  });
});
