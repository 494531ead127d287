import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, withServed, type Served } from "../test-support";
import { compressStaticFiles } from "../static/precompressed-files";
import { acceptsBrotli, IMMUTABLE, precompressedStatic } from "./precompressed-static";

// A build's .next/static in miniature: a script and a style large enough to compress, a small
// script (left to Next), a font (already compressed), and a script rebuilt after compression.
const SCRIPT = `(globalThis.TURBOPACK||[]).push([${"'some code of the app', ".repeat(200)}]);`;
const STYLE = `.a{color:red}${".b{margin:0 auto;padding:1rem}".repeat(100)}`;

let dir: string;
let staticDir: string;
let running: Served;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "precompressed-"));
  staticDir = path.join(dir, "static");
  mkdirSync(path.join(staticDir, "chunks"), { recursive: true });
  mkdirSync(path.join(staticDir, "media"), { recursive: true });
  writeFileSync(path.join(staticDir, "chunks", "app.js"), SCRIPT);
  writeFileSync(path.join(staticDir, "chunks", "styles.css"), STYLE);
  writeFileSync(path.join(staticDir, "chunks", "tiny.js"), "x=1");
  writeFileSync(path.join(staticDir, "chunks", "stale.js"), SCRIPT);
  writeFileSync(path.join(staticDir, "media", "font.woff2"), Buffer.alloc(4096, 7));
  compressStaticFiles(staticDir);
  // Rebuilt after compressing: its copy is older than it, so Next answers for it.
  const later = new Date(Date.now() + 60_000);
  utimesSync(path.join(staticDir, "chunks", "stale.js"), later, later);
  running = await serve(settingsFor({ NODE_ENV: "test" }), [precompressedStatic({ staticDir })]);
});

afterAll(async () => {
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (file: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(running.port, { method, path: `/_next/static/${file}`, headers });

describe("precompressed static files", () => {
  it("compresses scripts and styles at build time, and nothing else", () => {
    expect(existsSync(path.join(staticDir, "chunks", "app.js.br"))).toBe(true);
    expect(existsSync(path.join(staticDir, "chunks", "styles.css.br"))).toBe(true);
    expect(existsSync(path.join(staticDir, "chunks", "tiny.js.br"))).toBe(false);
    expect(existsSync(path.join(staticDir, "media", "font.woff2.br"))).toBe(false);
    const copy = readFileSync(path.join(staticDir, "chunks", "app.js.br"));
    expect(brotliDecompressSync(copy).toString("utf8")).toBe(SCRIPT);
    expect(copy.length).toBeLessThan(SCRIPT.length / 10);
  });

  it("sends the brotli copy to a browser that accepts br, with Next's immutable caching", async () => {
    const response = await get("chunks/app.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(brotliDecompressSync(response.bytes).toString("utf8")).toBe(SCRIPT);
    expect(Number(response.headers["content-length"])).toBe(response.bytes.length);
    const style = await get("chunks/styles.css", { "accept-encoding": "br" });
    expect(style.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(running.reachedNext).toEqual([]);
  });

  it("answers a repeated request with 304, and HEAD with the headers alone", async () => {
    const first = await get("chunks/app.js", { "accept-encoding": "br" });
    const again = await get("chunks/app.js", { "accept-encoding": "br", "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    const head = await get("chunks/app.js", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body).toBe("");
    expect(running.reachedNext).toEqual([]);
  });

  it("leaves gzip, no compression, files without a current copy and other addresses to Next", async () => {
    running.reachedNext.length = 0;
    const passed = [
      ["chunks/app.js", { "accept-encoding": "gzip, deflate" }],
      ["chunks/app.js", { "accept-encoding": "br;q=0, gzip" }],
      ["chunks/app.js", {}],
      ["chunks/tiny.js", { "accept-encoding": "br" }],
      ["chunks/stale.js", { "accept-encoding": "br" }],
      ["media/font.woff2", { "accept-encoding": "br" }],
      ["chunks/missing.js", { "accept-encoding": "br" }],
      ["chunks/app.js.br", { "accept-encoding": "br" }],
      // Only the build's list is served: no address becomes a file name.
      ["../../package.json", { "accept-encoding": "br" }],
      ["chunks/%2e%2e/%2e%2e/%2e%2e/package.json", { "accept-encoding": "br" }],
    ] as const;
    for (const [file, headers] of passed) {
      const response = await get(file, headers);
      expect(response.body, file).toBe("from next");
    }
    expect(running.reachedNext).toHaveLength(passed.length);
    const post = await rawRequest(running.port, { method: "POST", path: "/_next/static/chunks/app.js", headers: { "accept-encoding": "br" } });
    expect(post.body).toBe("from next");
  });

  it("is Next's alone in development, where the files change under it", async () => {
    await withServed(serve(settingsFor({ NODE_ENV: "development" }), [precompressedStatic({ staticDir })]), async (development) => {
      expect((await rawRequest(development.port, { method: "GET", path: "/_next/static/chunks/app.js", headers: { "accept-encoding": "br" } })).body).toBe("from next");
    });
  });

  it("reads Accept-Encoding as browsers and proxies write it", () => {
    expect(acceptsBrotli("br")).toBe(true);
    expect(acceptsBrotli("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsBrotli("gzip;q=1.0, BR;q=0.5")).toBe(true);
    expect(acceptsBrotli("br;q=0")).toBe(false);
    expect(acceptsBrotli("br;q=0.0, gzip")).toBe(false);
    expect(acceptsBrotli("gzip, deflate")).toBe(false);
    expect(acceptsBrotli("brotli, *")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});
