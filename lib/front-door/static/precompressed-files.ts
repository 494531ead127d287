import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

// Next's scripts and styles (/_next/static/**), compressed once with brotli at its best setting
// when the app is built (scripts/build-server.ts) and sent as they are to browsers that accept
// br (lib/front-door/steps/precompressed-static.ts). Next itself only gzips, on every request.
// Brotli at quality 11 is too slow to run per response and some 15 % smaller than gzip on
// React's and Next's own code (issue 13).

/** What the step sends as Content-Type: what Next sends for the same file. */
export const PRECOMPRESSED_TYPES: Readonly<Record<string, string>> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
};

// Smaller files gain nothing worth a second copy (and nginx compresses nothing under 1 KB).
const MIN_BYTES = 1024;

export type PrecompressedFile = { brotliFile: string; type: string; lastModified: Date; etag: string };

function* filesUnder(dir: string, prefix = ""): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* filesUnder(path.join(dir, entry.name), relative);
    else if (entry.isFile()) yield relative;
  }
}

const typeOf = (file: string) => PRECOMPRESSED_TYPES[path.extname(file)];

/** Writes `<file>.br` beside each script and style under `staticDir` (.next/static) that lacks a current one. */
export function compressStaticFiles(staticDir: string): { files: number; bytes: number; brotliBytes: number } {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 };
  if (!existsSync(staticDir)) return totals;
  for (const relative of filesUnder(staticDir)) {
    if (!typeOf(relative)) continue;
    const file = path.join(staticDir, relative);
    const source = statSync(file);
    if (source.size < MIN_BYTES) continue;
    const target = `${file}.br`;
    if (!existsSync(target) || statSync(target).mtimeMs < source.mtimeMs) {
      const body = readFileSync(file);
      const compressed = brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      });
      writeFileSync(target, compressed);
    }
    totals.files += 1;
    totals.bytes += source.size;
    totals.brotliBytes += statSync(target).size;
  }
  return totals;
}

/**
 * The compressed copies under `staticDir`, by their path below /_next/static/ ("chunks/x.js"). Only
 * this list is ever served: no address is turned into a file name. A copy older than its source
 * (a build that did not compress) is left out, and Next answers for that file.
 */
export function loadPrecompressed(staticDir: string): Map<string, PrecompressedFile> {
  const found = new Map<string, PrecompressedFile>();
  if (!existsSync(staticDir)) return found;
  for (const relative of filesUnder(staticDir)) {
    if (!relative.endsWith(".br")) continue;
    const sourceRelative = relative.slice(0, -".br".length);
    const type = typeOf(sourceRelative);
    const sourceFile = path.join(staticDir, sourceRelative);
    if (!type || !existsSync(sourceFile)) continue;
    const source = statSync(sourceFile);
    const brotliFile = path.join(staticDir, relative);
    const compressed = statSync(brotliFile);
    if (compressed.mtimeMs < source.mtimeMs) continue;
    const etag = `W/"br-${compressed.size.toString(16)}-${Math.floor(source.mtimeMs).toString(16)}"`;
    found.set(sourceRelative, { brotliFile, type, lastModified: source.mtime, etag });
  }
  return found;
}
