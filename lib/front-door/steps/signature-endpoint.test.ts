import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { hashSessionToken, newSessionToken } from "@/lib/auth/session-token";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { db, resetDatabase } from "@/test/db";
import { closeFrontDoorPool } from "../database";
import { serve, settingsFor, withServed } from "../test-support";
import { signatureEndpoint } from "./signature-endpoint";

// The signing endpoint as the front door answers it, against the real test database: who may
// sign, what a signature answers, and every refusal, each changing nothing.
const SITE = "https://campaigns.example.org";
const env = { NODE_ENV: "test", DATABASE_URL: process.env.DATABASE_URL, AUTH_URL: SITE, AUTH_SECRET: "s".repeat(40) } as const;
const settings = settingsFor(env);
const HOUR = 60 * 60_000;

async function supporter({ signedInAgoMs = 0 } = {}) {
  const user = await db.user.create({ data: { email: `s-${Math.random().toString(36).slice(2)}@example.org` } });
  const token = newSessionToken();
  const now = Date.now();
  await db.session.create({
    data: { sessionToken: hashSessionToken(token), userId: user.id, expires: new Date(now + 30 * 24 * HOUR), createdAt: new Date(now - signedInAgoMs), lastSeenAt: new Date(now) },
  });
  return { user, cookie: `__Host-authjs.session-token=${token}` };
}

function campaign(slug: string, status: "OPEN" | "CLOSED" | "DRAFT" = "OPEN") {
  return db.campaign.create({ data: { slug, status, title: "T", summary: "S", body: "B", goal: 10 } });
}

type Call = { method?: string; body?: string; cookie?: string; origin?: string | null; path?: string };

async function call(origin: string, { method = "POST", body = "{}", cookie, origin: from = SITE, path = "/api/campaigns/demand/signature" }: Call) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (cookie) headers.cookie = cookie;
  if (from) headers.origin = from;
  const response = await fetch(`${origin}${path}`, { method, headers, body: method === "POST" ? body : undefined });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

const served = () => serve(settings, [signatureEndpoint()]);

describe("the signing endpoint", () => {
  beforeEach(resetDatabase);
  afterAll(closeFrontDoorPool);

  it("signs once, tells a recent sign-in it had signed, and withdraws", async () => {
    await campaign("demand");
    const { user, cookie } = await supporter();
    await withServed(served(), async ({ origin, reachedNext }) => {
      const first = await call(origin, { cookie, body: JSON.stringify({ showName: true, displayName: "Ayşe", country: "TR", follow: true }) });
      expect(first).toMatchObject({ status: 200, body: { ok: true, alreadySigned: false, signatureCount: 1 } });
      expect(first.headers.get("cache-control")).toBe("no-store");
      expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect((await call(origin, { cookie })).body).toEqual({ ok: true, alreadySigned: true, signatureCount: 1 });
      expect(await db.signature.findMany({ select: { userId: true, displayName: true, country: true } })).toEqual([{ userId: user.id, displayName: "Ayşe", country: "TR" }]);
      expect(await db.follow.count({ where: { userId: user.id } })).toBe(1);
      expect((await call(origin, { method: "DELETE", cookie })).body).toEqual({ ok: true, withdrawn: true, signatureCount: 0 });
      expect((await call(origin, { method: "DELETE", cookie })).body).toEqual({ ok: true, withdrawn: false, signatureCount: 0 });
      expect(await db.signature.count()).toBe(0);
      // Answered by the front door: nothing reached Next.
      expect(reachedNext).toEqual([]);
    });
  });

  it("does not tell a session older than a day whether it had signed", async () => {
    await campaign("demand");
    const { cookie } = await supporter({ signedInAgoMs: 25 * HOUR });
    await withServed(served(), async ({ origin }) => {
      expect((await call(origin, { cookie })).body).toEqual({ ok: true, signatureCount: 1 });
      expect((await call(origin, { cookie })).body).toEqual({ ok: true, signatureCount: 1 });
    });
  });

  it("refuses, with a clear code and nothing signed: bad JSON, bad fields, another site, no session, no campaign", async () => {
    await campaign("demand");
    await campaign("closed", "CLOSED");
    await campaign("draft", "DRAFT");
    const { cookie } = await supporter();
    await withServed(served(), async ({ origin }) => {
      for (const body of ["", "{", "[]", "null", '"text"']) expect(await call(origin, { cookie, body })).toMatchObject({ status: 400, body: { error: "invalid_json" } });
      expect(await call(origin, { cookie, body: JSON.stringify({ showName: "yes", country: "ZZ" }) })).toMatchObject({
        status: 422,
        body: { error: "invalid", fields: { showName: expect.any(String), country: "countryInvalid" } },
      });
      expect(await call(origin, { cookie, origin: "https://evil.example" })).toMatchObject({ status: 403, body: { error: "forbidden" } });
      expect(await call(origin, { cookie, origin: null })).toMatchObject({ status: 403, body: { error: "forbidden" } });
      expect(await call(origin, {})).toMatchObject({ status: 401, body: { error: "unauthenticated" } });
      expect(await call(origin, { cookie: `__Host-authjs.session-token=${newSessionToken()}` })).toMatchObject({ status: 401 });
      // Over https only the __Host- cookie counts: one without the prefix could be planted.
      expect(await call(origin, { cookie: cookie.replace("__Host-", "") })).toMatchObject({ status: 401 });
      expect(await call(origin, { cookie, path: "/api/campaigns/missing/signature" })).toMatchObject({ status: 404, body: { error: "not_found" } });
      expect(await call(origin, { cookie, path: "/api/campaigns/draft/signature" })).toMatchObject({ status: 404, body: { error: "not_found" } });
      expect(await call(origin, { cookie, path: "/api/campaigns/closed/signature" })).toMatchObject({ status: 409, body: { error: "not_open" } });
      expect(await call(origin, { method: "DELETE", cookie, origin: "https://evil.example" })).toMatchObject({ status: 403 });
      const get = await call(origin, { method: "GET", cookie });
      expect(get).toMatchObject({ status: 405, body: { error: "method_not_allowed" } });
      expect(get.headers.get("allow")).toBe("POST, DELETE");
    });
    expect(await db.signature.count()).toBe(0);
  });

  it("stops a supporter past the signing limit with 429 and Retry-After", async () => {
    await campaign("demand");
    const { cookie } = await supporter();
    await withServed(served(), async ({ origin }) => {
      for (let i = 0; i < RATE_LIMITS.signingPerUser.points; i++) expect((await call(origin, { method: "DELETE", cookie })).status).toBe(200);
      const refused = await call(origin, { cookie });
      expect(refused).toMatchObject({ status: 429, body: { error: "rate_limited" } });
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    });
    expect(await db.signature.count()).toBe(0);
    expect(await db.securityEvent.findMany({ select: { kind: true, detail: true } })).toEqual([{ kind: "ratelimit.tripped", detail: "sign-user" }]);
  });
});
