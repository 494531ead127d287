import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { cachedVariant } from "./cached-variant";

describe("the cached variant's internal address", () => {
  it("is a 404 from outside, however it is spelled", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [cachedVariant()]), async (running) => {
      const spellings = [
        "/campaigns/x/anonymous/1796137643659",
        "/campaigns/x/anonymous/made-up",
        "/en/campaigns/x/anonymous/1",
        "/ug/campaigns/x/anonymous/1?y=2",
        "/campaigns/x/%61nonymous/1",
        "//campaigns//x/anonymous/1/",
        "/campaigns/x/anonymous",
        "/anonymous/0123456789abcdef",
        "/ug/anonymous/made-up",
        "/en/anonymous",
      ];
      for (const path of spellings) await rawRequest(running.port, { path, method: "POST", body: "x" });
      expect(running.reachedNext.map((r) => `${r.method} ${r.url}`)).toEqual(spellings.map(() => "GET /_/not-found"));
      await rawRequest(running.port, { path: "/campaigns/anonymous" });
      expect(running.reachedNext.at(-1)?.url).toBe("/campaigns/anonymous");
    });
  });
});
