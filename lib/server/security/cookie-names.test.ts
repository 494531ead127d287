import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hashSessionToken, newSessionToken } from "@/lib/auth/session-token";
import { needsOwnPage } from "@/lib/proxy/needs-own-page";
import { db, resetDatabase } from "@/test/db";
import { cookieName } from "./cookie-names";

describe("cookies over https", () => {
  beforeEach(resetDatabase);
  afterEach(() => vi.unstubAllEnvs());

  it("carry the __Host- prefix, and a cookie of the same name without it is never read", async () => {
    vi.stubEnv("AUTH_URL", "https://campaigns.example.org");
    expect(cookieName("authjs.session-token")).toBe("__Host-authjs.session-token");
    expect(cookieName("signin-browser")).toBe("__Host-signin-browser");
    const user = await db.user.create({ data: { email: "https-reader@example.org" } });
    const token = newSessionToken();
    await db.session.create({ data: { sessionToken: hashSessionToken(token), userId: user.id, expires: new Date(Date.now() + 60_000) } });
    const page = (cookie: string) => new NextRequest("https://campaigns.example.org/campaigns/x", { headers: { cookie } });
    // A valid session under a name anyone on plain http (or a sibling subdomain) could plant: ignored.
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) expect(await needsOwnPage(page(`${name}=${token}`), "x"), name).toBe(false);
    expect(await needsOwnPage(page(`__Host-authjs.session-token=${token}`), "x")).toBe(true);
  });

  it("keep plain names over http (development, the e2e server)", () => {
    vi.stubEnv("AUTH_URL", "http://localhost:3000");
    expect(cookieName("authjs.session-token")).toBe("authjs.session-token");
  });
});
