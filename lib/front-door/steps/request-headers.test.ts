import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { INTERNAL_REQUEST_HEADER, requestHeaders } from "./request-headers";

describe("request headers", () => {
  it("deletes the headers Next and the app trust from no client, and keeps the rest", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test", AUTH_URL: "https://campaigns.example.org" }), [requestHeaders()]), async (running) => {
      const forged = {
        "x-middleware-subrequest": "middleware",
        "x-invoke-path": "/admin",
        "x-now-route-matches": "1",
        "x-vercel-id": "x",
        "x-nextjs-data": "1",
        "x-next-debug": "1",
        "x-matched-path": "/admin",
        "next-resume": "1",
        "x-prerender-revalidate": "secret",
        "x-campaign-client-address": "203.0.113.9",
      };
      await rawRequest(running.port, { path: "/", headers: { ...forged, "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", accept: "text/html", "x-nextish": "kept" } });
      const seen = running.reachedNext[0]!.headers;
      for (const name of Object.keys(forged)) expect(seen[name], name).toBeUndefined();
      expect(seen.accept).toBe("text/html");
      expect(seen["x-nextish"]).toBe("kept");
      // Where the request came from is what AUTH_URL says, whatever the client wrote.
      expect(seen).toMatchObject({ host: "campaigns.example.org", "x-forwarded-host": "campaigns.example.org", "x-forwarded-proto": "https", "x-forwarded-port": "443" });
    });
  });

  it("takes the port from the configured origin", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test", AUTH_URL: "http://localhost:3111" }), [requestHeaders()]), async (running) => {
      await rawRequest(running.port, { path: "/", headers: { host: "other:1" } });
      expect(running.reachedNext[0]!.headers).toMatchObject({ host: "localhost:3111", "x-forwarded-proto": "http", "x-forwarded-port": "3111" });
    });
  });

  it("matches whole names where it must", () => {
    expect(INTERNAL_REQUEST_HEADER.test("x-matched-path")).toBe(true);
    expect(INTERNAL_REQUEST_HEADER.test("x-matched-path-extra")).toBe(false);
    expect(INTERNAL_REQUEST_HEADER.test("next-resume")).toBe(true);
    expect(INTERNAL_REQUEST_HEADER.test("next-resumed")).toBe(false);
    expect(INTERNAL_REQUEST_HEADER.test("accept-x-next-")).toBe(false);
  });
});
