import "server-only";
import { createHash } from "node:crypto";

// Public, read-only answers (the JSON API, the badge, share images, feeds): anyone may read
// them from any site (CORS *: they hold nothing that is not on the public pages), and a
// client that already has this version gets a bodyless 304.
export const PUBLIC_CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag" } as const;

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

// RFC 9110 §13.1.2: If-None-Match compares weakly, may list several tags, or be "*".
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

export function publicResponse(
  request: Request,
  body: string | Uint8Array,
  { contentType, cacheControl, headers = {} }: { contentType: string; cacheControl: string; headers?: Record<string, string> },
): Response {
  const etag = etagOf(body);
  const common = { ...PUBLIC_CORS, ETag: etag, "Cache-Control": cacheControl, ...headers };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body as BodyInit, { status: 200, headers: { ...common, "Content-Type": contentType } });
}

export function publicJson(request: Request, data: unknown, cacheControl: string): Response {
  return publicResponse(request, JSON.stringify(data), { contentType: "application/json; charset=utf-8", cacheControl });
}

/** An error answer for a public endpoint: JSON, readable from any site, never cached long. */
export function publicError(status: 400 | 404, error: string, message: string): Response {
  return Response.json({ error, message }, { status, headers: { ...PUBLIC_CORS, "Cache-Control": "no-store" } });
}
