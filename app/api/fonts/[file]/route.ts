import { readFile } from "node:fs/promises";
import path from "node:path";
import { publicError, publicResponse } from "@/lib/server/http/public-response";

// The Uyghur font for pages that cannot use the app's own stylesheet (the embeds, which are
// plain HTML with no script). Only these files; public, and the same for ever.
const FILES: Record<string, string> = {
  "naskh-arabic-400.woff2": "noto-naskh-arabic-arabic-400-normal.woff2",
  "naskh-arabic-700.woff2": "noto-naskh-arabic-arabic-700-normal.woff2",
};

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
  if (!name) return publicError(404, "not_found", "No such font.");
  const body = await readFile(path.join(process.cwd(), "node_modules/@fontsource/noto-naskh-arabic/files", name));
  return publicResponse(request, new Uint8Array(body), { contentType: "font/woff2", cacheControl: "public, max-age=31536000, immutable" });
}
