import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

// The reference nginx (deploy/) keeps what the app marks as shareable for a moment, so a crowd
// of readers costs the app one request per address per moment. A withdrawn name must be gone
// from every cache we run within a second (PRODUCT.md), and nginx counts cache lifetimes in
// whole seconds from the second a response arrived: `s-maxage=1` can mean up to two. So each
// shareable page and JSON response Next sends carries `X-Accel-Expires: @<this second>`, which
// nginx reads as "fresh until this second ends" (and never passes on to clients): at most one
// second in nginx's cache, and one request per address per second reaches the app. Other
// caches follow Cache-Control. The count, answered before Next, keeps its few seconds: it
// carries nothing about any signer. See docs/decisions/010.
const SHAREABLE = /\b(?:s-maxage|max-age)=[1-9]/i;
const PERSONAL = /\b(?:private|no-store|no-cache)\b/i;

function cacheControlOf(res: ServerResponse, args: unknown[]): string {
  const fromArgs = args.find((a): a is OutgoingHttpHeaders => typeof a === "object" && a !== null && !Array.isArray(a));
  const given = fromArgs ? Object.entries(fromArgs).find(([key]) => key.toLowerCase() === "cache-control")?.[1] : undefined;
  const value = given ?? res.getHeader("cache-control");
  return Array.isArray(value) ? value.join(", ") : String(value ?? "");
}

export function expireSharedCacheAtSecondEnd(req: IncomingMessage, res: ServerResponse, now: () => number = Date.now): void {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const cacheControl = cacheControlOf(this, rest);
    if (status >= 200 && status < 300 && SHAREABLE.test(cacheControl) && !PERSONAL.test(cacheControl) && !this.headersSent) {
      this.setHeader("X-Accel-Expires", `@${Math.floor(now() / 1000)}`);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
}
