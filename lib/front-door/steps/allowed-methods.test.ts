import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { allowedMethods } from "./allowed-methods";

describe("allowed methods", () => {
  it("answers methods the app has no use for with 405 and the ones it has", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [allowedMethods()]), async (running) => {
      for (const [method, path, allow] of [
        ["TRACE", "/", "GET, HEAD, POST"],
        ["PUT", "/campaigns/x", "GET, HEAD, POST"],
        ["DELETE", "/campaigns/x", "GET, HEAD, POST"],
        ["OPTIONS", "/", "GET, HEAD, POST"],
        ["PATCH", "/api/campaigns", "GET, HEAD, POST, DELETE, OPTIONS"],
        ["PROPFIND", "/api/campaigns", "GET, HEAD, POST, DELETE, OPTIONS"],
      ]) {
        const response = await rawRequest(running.port, { method, path });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.allow).toBe(allow);
      }
      const trace = await rawRequest(running.port, { method: "TRACE", path: "/", headers: { accept: "text/html" } });
      expect(trace.body).toContain("This method is not allowed here.");
      // A person gets the refusal in the language of the address (messages/<locale>.json), a script JSON in English.
      const turkish = await rawRequest(running.port, { method: "PUT", path: "/tr/campaigns/x", headers: { accept: "text/html" } });
      expect(turkish.body).toContain('<html lang="tr" dir="ltr">');
      expect(turkish.body).toContain("Burada bu yönteme izin verilmiyor.");
      expect(turkish.body).toContain('<a href="/tr">Ana sayfa</a>');
      const uyghur = await rawRequest(running.port, { method: "PUT", path: "/ug/campaigns/x", headers: { accept: "text/html" } });
      expect(uyghur.body).toContain('<html lang="ug" dir="rtl">');
      expect(uyghur.body).toContain("بۇ يەردە بۇ ئۇسۇلغا رۇخسەت يوق.");
      expect(JSON.parse((await rawRequest(running.port, { method: "PATCH", path: "/api/campaigns" })).body)).toEqual({ error: "method_not_allowed", message: "This method is not allowed here." });
      expect(running.reachedNext).toEqual([]);
      for (const [method, path] of [
        ["GET", "/"],
        ["POST", "/campaigns/x"],
        ["DELETE", "/api/campaigns/x/signature"],
      ]) {
        expect((await rawRequest(running.port, { method, path })).status, `${method} ${path}`).toBe(200);
      }
    });
  });
});
