import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { addressShape } from "./address-shape";

describe("address shape", () => {
  it("refuses control characters with a clear message, before anything looks the address up", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [addressShape()]), async (running) => {
      for (const path of ["/campaigns/ab%00c", "/api/campaigns/ab%00c", "/signin/confirm?token=%00", "/campaigns/a%0Ab", "/api/x%7f", "/campaigns/x%1F"]) {
        const response = await rawRequest(running.port, { path });
        expect(response.status, path).toBe(400);
        expect(JSON.parse(response.body)).toMatchObject({ error: "control_characters", message: expect.stringContaining("control characters") });
      }
      const page = await rawRequest(running.port, { path: "/campaigns/ab%00c", headers: { accept: "text/html" } });
      expect(page.body).toContain("control characters");
      expect(page.headers["content-type"]).toContain("text/html");
      expect(running.reachedNext).toEqual([]);
    });
  });

  it("answers broken encoding, overlong and non-path targets", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [addressShape()]), async (running) => {
      expect((await rawRequest(running.port, { path: "/api/campaigns/%E0%A4%A" })).status).toBe(400);
      expect((await rawRequest(running.port, { path: `/campaigns/${"a".repeat(5000)}` })).status).toBe(414);
      expect((await rawRequest(running.port, { path: "*", method: "OPTIONS" })).status).toBe(400);
      expect((await rawRequest(running.port, { path: "http://evil.example/admin" })).status).toBe(400);
      // A page address with broken encoding gets Next's 404 page.
      expect((await rawRequest(running.port, { path: "/campaigns/%ZZ" })).body).toBe("from next");
      expect(running.reachedNext.map((r) => r.url)).toEqual(["/_/not-found"]);
    });
  });
});
