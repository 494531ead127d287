import type { ServerResponse } from "node:http";
import type { Settings } from "@/lib/config/settings";
import { onResponseHead } from "../response/on-response-head";
import type { Step } from "../step";

// What leaves the app, whoever answered (Next, a route, another step):
// - no internal header: x-middleware-rewrite printed the cached page's internal address
//   (docs/decisions/006), which anyone could then request directly; the others say how Next
//   routed and cached the request;
// - pages that caches may keep say so for a second, not a year: Next sends cached pages with
//   `s-maxage=5, stale-while-revalidate=31535995`, so a CDN in front could keep serving a name
//   its signer withdrew for a year. A response that says nothing about caching is not cached;
// - HSTS when the public origin is https, so a browser never tries plain http again.
// One pattern for all of them (getHeaderNames gives names lower-cased).
export const INTERNAL_RESPONSE_HEADER = /^(?:x-middleware-|x-invoke-|x-matched-path$|x-next-cache-tags$|x-nextjs-cache$|x-nextjs-matched-path$|x-nextjs-rewritten-|x-powered-by$)/;

export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=1, must-revalidate";
export const HSTS = "max-age=31536000; includeSubDomains";
const LONGEST_STALE_SECONDS = 30;

function cacheControl(res: ServerResponse): string {
  const value = res.getHeader("cache-control");
  if (value === undefined) return "no-store";
  const text = String(value);
  const type = String(res.getHeader("content-type") ?? "");
  // Pages and their RSC payloads that a shared cache may keep: one second, then ask again.
  if (/s-maxage/.test(text) && /^text\/(html|x-component)/.test(type)) return PAGE_CACHE_CONTROL;
  // Anything else allowed to go stale: for seconds, not a year.
  return text.replace(/stale-while-revalidate=(\d+)/, (whole, seconds: string) =>
    Number(seconds) > LONGEST_STALE_SECONDS ? `stale-while-revalidate=${LONGEST_STALE_SECONDS}` : whole,
  );
}

export function filterResponseHeaders(res: ServerResponse, settings: Settings): void {
  for (const name of res.getHeaderNames()) if (INTERNAL_RESPONSE_HEADER.test(name)) res.removeHeader(name);
  res.setHeader("cache-control", cacheControl(res));
  if (settings.auth.secureCookies) res.setHeader("strict-transport-security", HSTS);
}

export function responseHeaders(): Step {
  // One filter per settings (one, in a running server), not one per response.
  const filters = new WeakMap<Settings, (res: ServerResponse) => void>();
  return {
    name: "response headers",
    run({ res, settings }) {
      let filter = filters.get(settings);
      if (!filter) {
        filter = (response) => filterResponseHeaders(response, settings);
        filters.set(settings, filter);
      }
      onResponseHead(res, filter);
      return "pass";
    },
  };
}
