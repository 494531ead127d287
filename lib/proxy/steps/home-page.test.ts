import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { homePage } from "./home-page";

describe("the home page in the proxy", () => {
  it("sends every reader of / and /ug to the cached home page at the site's current version", async () => {
    for (const [path, locale] of [
      ["/", "en"],
      ["/ug", "ug"],
    ]) {
      const rewrite = (await homePage.run(new NextRequest(`http://localhost:3000${path}`)))?.headers.get("x-middleware-rewrite") ?? "";
      expect(rewrite).toMatch(new RegExp(`^http://localhost:3000/${locale}/anonymous/[0-9a-f]{16}$|/${locale}/anonymous/none$`));
    }
    expect(await homePage.run(new NextRequest("http://localhost:3000/campaigns"))).toBeUndefined();
    expect(await homePage.run(new NextRequest("http://localhost:3000/", { method: "POST" }))).toBeUndefined();
  });
});
