import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { responseHeaders } from "./response-headers";
import { scriptHashes } from "./script-hashes";

const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
const OWN = "(self.__next_f=self.__next_f||[]).push([0])";
const PAGE = `<!doctype html><html><body><p>Hello</p><script>${OWN}</script><script>alert(1)</script></body></html>`;
const sha = (source: string) => `'sha256-${createHash("sha256").update(source).digest("base64")}'`;

describe("script hashes", () => {
  it("names the page's own inline scripts by hash instead of allowing every inline script", async () => {
    // As Next streams a page: headers, then the body in pieces, then the end.
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [responseHeaders(), scriptHashes()], (_req, res) => {
      res.setHeader("Content-Security-Policy", POLICY);
      res.setHeader("x-middleware-rewrite", "/internal");
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.flushHeaders();
      res.write(PAGE.slice(0, 40));
      res.write(PAGE.slice(40, 90));
      res.end(PAGE.slice(90));
    }), async (running) => {
      const response = await rawRequest(running.port, { path: "/campaigns/x" });
      expect(response.body).toBe(PAGE);
      expect(response.headers["content-length"]).toBe(String(Buffer.byteLength(PAGE)));
      expect(response.headers["content-security-policy"]).toBe(`default-src 'self'; script-src 'self' ${sha(OWN)}; frame-ancestors 'none'`);
      expect(response.headers["content-security-policy"]).not.toContain(sha("alert(1)"));
      expect(response.headers["x-middleware-rewrite"]).toBeUndefined();
      // HEAD: no body, so no inline script may run.
      const head = await rawRequest(running.port, { method: "HEAD", path: "/campaigns/x" });
      expect(head.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
    });
  });

  it("works a cached page's policy out once per version (its ETag), and anew for a new version", async () => {
    const pages: Record<string, string> = { '"v1"': PAGE, '"v2"': PAGE.replace(OWN, 'self.__next_f.push([1,"new"])') };
    let etag = '"v1"';
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [scriptHashes()], (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html", ETag: etag, "Content-Security-Policy": POLICY });
      res.end(pages[etag]);
    }), async (running) => {
      const first = (await rawRequest(running.port, { path: "/" })).headers["content-security-policy"];
      expect(first).toContain(sha(OWN));
      expect((await rawRequest(running.port, { path: "/" })).headers["content-security-policy"]).toBe(first);
      etag = '"v2"';
      const second = (await rawRequest(running.port, { path: "/" })).headers["content-security-policy"];
      expect(second).toContain(sha('self.__next_f.push([1,"new"])'));
      expect(second).not.toContain(sha(OWN));
    });
  });

  it("reads a compressed page to hash it, and sends it as it was", async () => {
    const compressed = gzipSync(PAGE);
    await withServed(serve(settingsFor({ NODE_ENV: "test" }), [scriptHashes()], (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip", "Content-Security-Policy": POLICY });
      res.end(compressed);
    }), async (running) => {
      const response = await rawRequest(running.port, { path: "/" });
      expect(response.headers["content-security-policy"]).toContain(sha(OWN));
      expect(response.headers["content-length"]).toBe(String(compressed.length));
    });
  });

  it("allows no inline script in other responses, and leaves development as it is", async () => {
    const json = async (mode: "test" | "development") =>
      withServed(serve(settingsFor({ NODE_ENV: mode }), [scriptHashes()], (req, res) => {
        const html = req.url === "/page";
        res.writeHead(200, { "Content-Type": html ? "text/html" : "application/json", "Content-Security-Policy": POLICY });
        res.end(html ? PAGE : "{}");
      }), async (running) => [
        (await rawRequest(running.port, { path: "/page" })).headers["content-security-policy"],
        (await rawRequest(running.port, { path: "/api" })).headers["content-security-policy"],
      ]);
    // Whatever is not a page runs no inline script either.
    expect(await json("test")).toEqual([expect.stringContaining(sha(OWN)), "default-src 'self'; script-src 'self'; frame-ancestors 'none'"]);
    expect(await json("development")).toEqual([POLICY, POLICY]);
  });
});
