import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { routerHeaders } from "./router-headers";

describe("router headers", () => {
  it("drops navigation headers from posts, and refuses a router state that is not a list", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [routerHeaders()]), async (running) => {
      await rawRequest(running.port, { method: "POST", path: "/admin", headers: { rsc: "1", "next-router-prefetch": "1", "next-action": "x" }, body: "[]" });
      expect(running.reachedNext[0]!.headers).not.toHaveProperty("rsc");
      expect(running.reachedNext[0]!.headers).not.toHaveProperty("next-router-prefetch");
      await rawRequest(running.port, { path: "/campaigns/x", headers: { rsc: "1" } });
      expect(running.reachedNext[1]!.headers.rsc).toBe("1");
      const tree = encodeURIComponent(JSON.stringify(["", { children: ["campaigns", {}] }, null, null, true]));
      expect((await rawRequest(running.port, { path: "/", headers: { rsc: "1", "next-router-state-tree": tree } })).status).toBe(200);
      for (const bad of ["%7B%22not%22%3A%5Bjson", "%ZZ", encodeURIComponent('{"a":1}'), "x".repeat(10_000)]) {
        expect((await rawRequest(running.port, { path: "/", headers: { rsc: "1", "next-router-state-tree": bad } })).status, bad.slice(0, 20)).toBe(400);
      }
    });
  });
});
