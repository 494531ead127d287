import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { HSTS, PAGE_CACHE_CONTROL, responseHeaders } from "./response-headers";

const settings = settingsFor({ NODE_ENV: "test" });

describe("response headers", () => {
  it("strips Next's internal headers, the cached page's internal address above all", async () => {
    await withServed(serve(settings, [responseHeaders()], (_req, res) => {
      res.setHeader("x-middleware-rewrite", "/en/campaigns/x/anonymous/1796137643659");
      res.setHeader("x-nextjs-cache", "HIT");
      res.setHeader("x-nextjs-rewritten-path", "/en/campaigns/x/anonymous/1796137643659");
      res.writeHead(200, { "Content-Type": "text/html", "x-matched-path": "/[locale]/campaigns/[slug]/anonymous/[version]" });
      res.end("<html></html>");
    }), async (running) => {
      const response = await rawRequest(running.port, { path: "/campaigns/x" });
      expect(response.status).toBe(200);
      expect(Object.keys(response.headers).filter((name) => /middleware|nextjs-cache|matched|rewritten/.test(name))).toEqual([]);
      expect(JSON.stringify(response.headers)).not.toContain("anonymous");
    });
  });

  it("caches a page for a second, not a year of stale-while-revalidate", async () => {
    await withServed(serve(settings, [responseHeaders()], (req, res) => {
      if (req.url === "/page") {
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("Cache-Control", "s-maxage=5, stale-while-revalidate=31535995");
      } else if (req.url === "/json") {
        res.setHeader("Content-Type", "application/json");
        res.setHeader("Cache-Control", "public, max-age=5, stale-while-revalidate=31535995");
      }
      res.end("x");
    }), async (running) => {
      expect((await rawRequest(running.port, { path: "/page" })).headers["cache-control"]).toBe(PAGE_CACHE_CONTROL);
      expect((await rawRequest(running.port, { path: "/json" })).headers["cache-control"]).toBe("public, max-age=5, stale-while-revalidate=30");
      // Saying nothing about caching means: do not cache.
      expect((await rawRequest(running.port, { path: "/other" })).headers["cache-control"]).toBe("no-store");
    });
  });

  it("sends HSTS when the public origin is https, and only then", async () => {
    const https = settingsFor({ NODE_ENV: "test", AUTH_URL: "https://campaigns.example.org" });
    for (const [which, expected] of [
      [https, HSTS],
      [settings, undefined],
    ] as const) {
      await withServed(serve(which, [responseHeaders()]), async (running) => {
        expect((await rawRequest(running.port, { path: "/", headers: { host: new URL(which.auth.url).host } })).headers["strict-transport-security"]).toBe(expected);
      });
    }
  });
});
