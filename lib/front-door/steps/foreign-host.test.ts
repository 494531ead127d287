import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { foreignHost } from "./foreign-host";
import { requestHeaders } from "./request-headers";

describe("foreign host, then request headers", () => {
  it("refuses a change sent to another host; reads pass, told the configured origin", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test", AUTH_URL: "https://campaigns.example.org" }), [foreignHost(), requestHeaders()]), async (running) => {
      const forged = await rawRequest(running.port, { method: "POST", path: "/signin", headers: { host: "evil.example" }, body: "x" });
      expect(forged.status).toBe(421);
      expect(JSON.parse(forged.body)).toMatchObject({ error: "misdirected" });
      expect(running.reachedNext).toEqual([]);
      const read = await rawRequest(running.port, { path: "/", headers: { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" } });
      expect(read.status).toBe(200);
      expect(running.reachedNext[0]?.headers).toMatchObject({ host: "campaigns.example.org", "x-forwarded-host": "campaigns.example.org", "x-forwarded-proto": "https", "x-forwarded-port": "443" });
      expect((await rawRequest(running.port, { method: "POST", path: "/signin", headers: { host: "Campaigns.Example.org" }, body: "x" })).status).toBe(200);
    });
  });

  it("deletes Next's internal headers and the app's own that a client sent", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [requestHeaders()]), async (running) => {
      await rawRequest(running.port, {
        path: "/admin",
        headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware", "x-invoke-path": "/admin", "x-campaign-client-address": "1.2.3.4", "next-action": "kept" },
      });
      const headers = running.reachedNext[0]!.headers;
      expect(Object.keys(headers).filter((name) => /middleware|invoke|campaign/.test(name))).toEqual([]);
      expect(headers["next-action"]).toBe("kept");
    });
  });
});
