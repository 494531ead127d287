import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { bodyLimits } from "./body-limits";

describe("body limits", () => {
  it("refuses bodies over the limit for their address by their declared length, before reading them", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [bodyLimits()]), async (running) => {
      const json = (bytes: number) => JSON.stringify({ showName: false, comment: "x".repeat(bytes) });
      const signing = await rawRequest(running.port, { method: "POST", path: "/api/campaigns/x/signature", body: json(9 * 1024) });
      expect(signing.status).toBe(413);
      expect(JSON.parse(signing.body)).toMatchObject({ error: "too_large", message: expect.stringContaining("8 KB") });
      expect((await rawRequest(running.port, { method: "POST", path: "/api/campaigns/x/signature", body: json(7 * 1024) })).status).toBe(200);
      expect((await rawRequest(running.port, { method: "POST", path: "/campaigns/x", body: "x".repeat(65 * 1024) })).status).toBe(413);
      expect((await rawRequest(running.port, { method: "POST", path: "/ug/admin/campaigns/c1", body: "x".repeat(5 * 1024 * 1024) })).status).toBe(200);
      expect((await rawRequest(running.port, { method: "POST", path: "/admin/campaigns/c1", body: "x".repeat(12 * 1024 * 1024) })).status).toBe(413);
      expect((await rawRequest(running.port, { method: "GET", path: "/", body: "x" })).status).toBe(413);
      expect(running.reachedNext.map((r) => `${r.method} ${r.url} ${r.body.length}`)).toEqual([`POST /api/campaigns/x/signature ${json(7 * 1024).length}`, `POST /ug/admin/campaigns/c1 ${5 * 1024 * 1024}`]);
    });
  });

  it("refuses a body sent in chunks, whose length is not known before reading it: 411", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [bodyLimits()]), async (running) => {
      const response = await rawRequest(running.port, { method: "POST", path: "/api/campaigns/x/signature", body: "{}", chunked: true });
      expect(response.status).toBe(411);
      expect(JSON.parse(response.body)).toMatchObject({ error: "length_required" });
      expect(running.reachedNext).toEqual([]);
    });
  });

  it("answers a 20 MB upload at once, without reading it", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [bodyLimits()]), async (running) => {
      const started = Date.now();
      const response = await rawRequest(running.port, { method: "POST", path: "/campaigns/x", body: Buffer.alloc(20 * 1024 * 1024, 65) }).catch((error: Error) => ({ status: -1, headers: {}, body: error.message }));
      // Either the 413 arrives, or the server closed the connection before the client finished sending.
      expect([413, -1]).toContain(response.status);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(running.reachedNext).toEqual([]);
    });
  });
});
