import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { consumeRateLimit, deleteExpiredRateLimits } from "./rate-limit";

const rule = { name: "test", points: 3, windowSeconds: 60 };

describe("rate limits in PostgreSQL", () => {
  beforeEach(resetDatabase);

  it("allows the allowance, then refuses with a retry time", async () => {
    for (let i = 0; i < 3; i++) expect(await consumeRateLimit(rule, "203.0.113.7")).toEqual({ ok: true });
    const refused = await consumeRateLimit(rule, "203.0.113.7");
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await consumeRateLimit(rule, "198.51.100.1")).toEqual({ ok: true });
  });

  it("counts concurrent requests from many instances exactly", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(rule, "subject")));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
  });

  it("starts a new window once the old one has expired", async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit(rule, "x");
    await db.rateLimit.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await consumeRateLimit(rule, "x")).toEqual({ ok: true });
    await db.rateLimit.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await deleteExpiredRateLimits()).toBe(1);
  });

  it("stores only a keyed hash of the address, never the address", async () => {
    await consumeRateLimit(rule, "203.0.113.7");
    const rows = await db.$queryRawUnsafe<object[]>(`SELECT * FROM "RateLimit"`);
    expect(JSON.stringify(rows)).not.toContain("203.0.113.7");
  });
});

describe("the schema", () => {
  it("has no column for an IP address", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const fields = [...schema.matchAll(/^\s+(\w+)\s+\w+/gm)].map((m) => m[1]?.toLowerCase() ?? "");
    expect(fields.filter((f) => /(^ip|ip$|ipaddress|remote|useragent|address)/.test(f))).toEqual([]);
  });
});
