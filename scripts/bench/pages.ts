// What public pages weigh: the HTML (and the React payload inside it) and the JavaScript a
// browser loads first, compressed as it travels. And the pages themselves, captured byte for
// byte for the plain server that sends them from memory (plain-server.ts pages).
import { writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { appOrigin, BROWSER_ACCEPT_ENCODING, root } from "./config";
import type { CapturedPage } from "./plain-http";

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

// A GET whose body is kept as it came over the wire (fetch would decompress it).
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`GET ${url} timed out`)));
    request.on("error", reject);
  });
}

export type PageWeight = {
  path: string;
  status: number;
  htmlBytes: number;
  htmlCompressedBytes: number;
  // The React Server Components payload Next writes into the page (inline scripts), as sent.
  payloadBytes: number;
  // encoding: how the server sent it to a browser (br from the build's copies, else Next's gzip).
  scripts: { src: string; compressedBytes: number; encoding: string }[];
  // Every script the page loads at once (<script src>), compressed as the server sends it to a
  // browser (BROWSER_ACCEPT_ENCODING: br and gzip among others). Scripts marked nomodule
  // (polyfills for browsers without JavaScript modules) are left out: no current browser loads them.
  firstLoadJsCompressedBytes: number;
  // Weighed as a signed-in supporter sees it (Next's page, hydrated), not as the public does
  // (a light page: docs/decisions/020-light-pages.md). Reported; the targets are the public's.
  signedIn?: boolean;
};

const scriptCache = new Map<string, { compressedBytes: number; encoding: string }>();

async function compressedSize(src: string): Promise<{ compressedBytes: number; encoding: string }> {
  const known = scriptCache.get(src);
  if (known !== undefined) return known;
  const { status, headers, body } = await rawGet(new URL(src, appOrigin).href, { "Accept-Encoding": BROWSER_ACCEPT_ENCODING });
  if (status !== 200) throw new Error(`${src} answered ${status}`);
  const weight = { compressedBytes: body.length, encoding: String(headers["content-encoding"] ?? "identity") };
  scriptCache.set(src, weight);
  return weight;
}

export async function weighPage(pagePath: string, { cookie }: { cookie?: string } = {}): Promise<PageWeight> {
  const as: Record<string, string> = cookie === undefined ? {} : { Cookie: cookie };
  const plain = await rawGet(`${appOrigin}${pagePath}`, { ...as, "Accept-Encoding": "identity" });
  const compressed = await rawGet(`${appOrigin}${pagePath}`, { ...as, "Accept-Encoding": BROWSER_ACCEPT_ENCODING });
  const html = plain.body.toString("utf8");
  const payloadBytes = [...html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0);
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? "")
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => src !== undefined);
  const scripts = [];
  for (const src of [...new Set(sources)]) scripts.push({ src, ...(await compressedSize(src)) });
  return {
    path: pagePath,
    status: plain.status,
    htmlBytes: plain.body.length,
    htmlCompressedBytes: compressed.body.length,
    payloadBytes,
    scripts,
    firstLoadJsCompressedBytes: scripts.reduce((sum, s) => sum + s.compressedBytes, 0),
    ...(cookie === undefined ? {} : { signedIn: true }),
  };
}

// What every public page loads (React, Next's router, the layout): the floor under any page.
export function sharedScriptsBytes(pages: PageWeight[]): number {
  const [first, ...rest] = pages;
  if (!first) return 0;
  return first.scripts.filter((s) => rest.every((p) => p.scripts.some((o) => o.src === s.src))).reduce((sum, s) => sum + s.compressedBytes, 0);
}

// Connection-level headers are the plain server's own; the rest is sent as the app sent it.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

// The pages as the app answers the bench's reads (a browser's Accept-Encoding), for the plain
// server to send from memory: the same status, headers and bytes.
export async function capturePages(paths: string[]): Promise<string> {
  const pages: CapturedPage[] = [];
  for (const pagePath of paths) {
    const { status, headers, body } = await rawGet(`${appOrigin}${pagePath}`, { "Accept-Encoding": BROWSER_ACCEPT_ENCODING });
    const kept = Object.fromEntries(
      Object.entries(headers)
        .filter(([name, value]) => !HOP_BY_HOP.has(name) && value !== undefined)
        .map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)]),
    );
    pages.push({ path: pagePath, status, headers: kept, body: body.toString("base64") });
  }
  const file = path.join(root, "bench", "pages.json.tmp");
  writeFileSync(file, JSON.stringify(pages));
  return file;
}
