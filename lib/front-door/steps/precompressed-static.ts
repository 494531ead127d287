import { readFileSync } from "node:fs";
import path from "node:path";
import type { IncomingHttpHeaders } from "node:http";
import { loadPrecompressed, type PrecompressedFile } from "../static/precompressed-files";
import { acceptsCoding } from "../response/content-encoding";
import type { Step } from "../step";

// GET /_next/static/… from a browser that accepts brotli: the copy compressed at build time
// (lib/front-door/static/precompressed-files.ts), with the headers Next sends for the file.
// Anything else (gzip or no compression, a file without a copy, development) is Next's.
const PREFIX = "/_next/static/";
// What Next sends for its static files: their names change with their content.
export const IMMUTABLE = "public, max-age=31536000, immutable";
// The checkout's .next/static, from this module's own folder (kept when compiled into
// .next/server.mjs: scripts/build-server.ts).
const STATIC_DIR = path.resolve(import.meta.dirname, "..", "..", "..", ".next", "static");

/** Whether an Accept-Encoding header accepts br (named, with a weight above zero). */
export const acceptsBrotli = (header: IncomingHttpHeaders["accept-encoding"]) => acceptsCoding(header, "br");

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");

export function precompressedStatic({ staticDir = STATIC_DIR }: { staticDir?: string } = {}): Step {
  // Read once, on the first request for a static file: the build does not change under a running server.
  let files: Map<string, PrecompressedFile> | undefined;
  const bodies = new Map<string, Buffer>();
  return {
    name: "precompressed static",
    run({ req, res, url, settings }) {
      if (settings.mode === "development" || (req.method !== "GET" && req.method !== "HEAD")) return "pass";
      if (!url.pathname.startsWith(PREFIX) || !acceptsBrotli(req.headers["accept-encoding"])) return "pass";
      files ??= loadPrecompressed(staticDir);
      const name = url.pathname.slice(PREFIX.length);
      const file = files.get(name);
      if (!file) return "pass";
      const headers = { "Cache-Control": IMMUTABLE, Vary: "Accept-Encoding", ETag: file.etag, "X-Content-Type-Options": "nosniff" };
      if (matches(req.headers["if-none-match"], file.etag)) {
        res.writeHead(304, headers);
        res.end();
        return "answered";
      }
      let body = bodies.get(name);
      if (!body) {
        body = readFileSync(file.brotliFile);
        bodies.set(name, body);
      }
      res.writeHead(200, {
        ...headers,
        "Content-Type": file.type,
        "Content-Encoding": "br",
        "Content-Length": body.length,
        "Last-Modified": file.lastModified.toUTCString(),
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return "answered";
    },
  };
}
