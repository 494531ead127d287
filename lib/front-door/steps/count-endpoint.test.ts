import { IncomingMessage, ServerResponse } from "node:http";
import { Duplex } from "node:stream";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { PUBLIC_CACHE_CONTROL } from "@/lib/public-cache-control";
import { db, resetDatabase } from "@/test/db";
import { closeFrontDoorPool } from "../database";
import type { Exchange } from "../step";
import { settingsFor } from "../test-support";
import { countAnswer, countEndpoint } from "./count-endpoint";

const settings = settingsFor({ NODE_ENV: "test", DATABASE_URL: process.env.DATABASE_URL });

// A request and its response on an in-memory connection that keeps what is written to it, so
// that the step can be called directly and what it sent read back byte for byte.
function exchangeFor(method: string, path: string): { exchange: Exchange; sent: () => string; writes: () => number } {
  const written: Buffer[] = [];
  let writes = 0;
  const socket = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, done) {
      writes += 1;
      written.push(chunk);
      done();
    },
    writev(chunks, done) {
      writes += 1;
      for (const { chunk } of chunks) written.push(Buffer.from(chunk as Buffer));
      done();
    },
  });
  const req = new IncomingMessage(socket as never);
  req.method = method;
  req.url = path;
  const res = new ServerResponse(req);
  res.assignSocket(socket as never);
  return {
    exchange: { req, res, url: new URL(path, settings.auth.url), settings },
    sent: () => Buffer.concat(written).toString("utf8"),
    writes: () => writes,
  };
}

describe("the count endpoint", () => {
  beforeEach(resetDatabase);
  afterAll(closeFrontDoorPool);

  it("prepares each answer once: the JSON and its headers, frozen", () => {
    const answer = countAnswer({ slug: "s", goal: 10, signatureCount: 3, status: "open" });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ slug: "s", goal: 10, signatureCount: 3, status: "open" });
    expect(answer.headers).toMatchObject({
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(answer.text),
      "X-Content-Type-Options": "nosniff",
    });
    expect(Object.isFrozen(answer.headers)).toBe(true);
    const missing = countAnswer(null);
    expect(missing.status).toBe(404);
    expect(missing.headers["Cache-Control"]).toBe("no-store");
    expect(countAnswer(null)).toBe(missing);
  });

  it("answers from the database first, then from the memo in the same turn, head and body in one write", async () => {
    const campaign = await db.campaign.create({ data: { slug: "polled", status: "OPEN", title: "T", summary: "S", body: "B", goal: 100 } });
    await db.signatureCounterShard.create({ data: { campaignId: campaign.id, country: "", shard: 0, count: 7 } });
    const step = countEndpoint();

    const first = exchangeFor("GET", "/api/campaigns/polled/count");
    const pending = step.run(first.exchange);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe("answered");

    const second = exchangeFor("GET", "/api/campaigns/polled/count");
    // No promise: the answer that arrived is sent at once.
    expect(step.run(second.exchange)).toBe("answered");
    expect(second.exchange.res.writableEnded).toBe(true);
    await new Promise((resolve) => second.exchange.res.once("finish", resolve));
    const [head, body] = second.sent().split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(head).toContain(`Cache-Control: ${PUBLIC_CACHE_CONTROL}`);
    expect(JSON.parse(body!)).toEqual({ slug: "polled", goal: 100, status: "open", signatureCount: 7 });
    expect(second.writes()).toBe(1);
    expect(second.sent()).toBe(first.sent().replace(/^Date: .*$/m, second.sent().match(/^Date: .*$/m)![0]));
  });

  it("answers HEAD with the headers only, refuses other methods with 405, and passes other addresses", async () => {
    await db.campaign.create({ data: { slug: "polled", status: "OPEN", title: "T", summary: "S", body: "B", goal: 100 } });
    const step = countEndpoint();
    const head = exchangeFor("HEAD", "/api/campaigns/polled/count");
    expect(await step.run(head.exchange)).toBe("answered");
    await new Promise((resolve) => head.exchange.res.once("finish", resolve));
    expect(head.sent()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*Content-Length: \d+\r\n[\s\S]*\r\n\r\n$/);

    const post = exchangeFor("POST", "/api/campaigns/polled/count");
    expect(step.run(post.exchange)).toBe("answered");
    await new Promise((resolve) => post.exchange.res.once("finish", resolve));
    expect(post.sent()).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n[\s\S]*Allow: GET, HEAD\r\n/);

    expect(step.run(exchangeFor("GET", "/api/campaigns/polled").exchange)).toBe("pass");
    expect(step.run(exchangeFor("GET", "/api/campaigns/Polled/count").exchange)).toBe("pass");
  });

  it("answers 404 for a draft and an unknown campaign, from the memo too", async () => {
    await db.campaign.create({ data: { slug: "a-draft", status: "DRAFT", title: "T", summary: "S", body: "B", goal: 100 } });
    const step = countEndpoint();
    for (const slug of ["a-draft", "nobody"]) {
      const first = exchangeFor("GET", `/api/campaigns/${slug}/count`);
      expect(await step.run(first.exchange)).toBe("answered");
      expect(first.exchange.res.statusCode).toBe(404);
      const again = exchangeFor("GET", `/api/campaigns/${slug}/count`);
      expect(step.run(again.exchange)).toBe("answered");
      expect(again.exchange.res.statusCode).toBe(404);
    }
  });
});
