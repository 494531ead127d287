import { describe, expect, it } from "vitest";
import { apiRoutesFrom } from "../api-routes";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { apiRoutes } from "./api-routes";

const routes = apiRoutesFrom(["/api/campaigns/route", "/api/campaigns/[slug]/route", "/api/campaigns/[slug]/count/route", "/api/auth/[...nextauth]/route", "/[locale]/page", "/api/x/[[...rest]]/route"]);

describe("api routes", () => {
  it("matches the build's route handlers, dynamic and catch-all segments included", () => {
    for (const path of ["/api/campaigns", "/api/campaigns/", "/api/campaigns/a-b", "/api/campaigns/a/count", "/api/auth/callback/email", "/api/x", "/api/x/1/2"]) expect(routes.matches(path), path).toBe(true);
    for (const path of ["/api", "/api/campaigns/a/b", "/api/campaigns/a/count/x", "/api/auth", "/api/unsubscribe/..%2f..%2fadmin", "/api/y"]) expect(routes.matches(path), path).toBe(false);
  });

  it("answers any other /api address with a 404 before Next, and leaves pages alone", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [apiRoutes({ routes })]), async (running) => {
      const refused = await rawRequest(running.port, { method: "POST", path: "/api/campaigns/anonymous/1", headers: { "content-type": "multipart/form-data" }, body: "--x" });
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.body)).toMatchObject({ error: "not_found" });
      await rawRequest(running.port, { path: "/api/campaigns/a" });
      await rawRequest(running.port, { path: "/campaigns/anything" });
      expect(running.reachedNext.map((r) => r.url)).toEqual(["/api/campaigns/a", "/campaigns/anything"]);
    });
  });
});
