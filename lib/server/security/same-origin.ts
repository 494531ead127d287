import "server-only";
import { sameOriginRequest } from "@/lib/security/same-origin";
import { siteOrigin } from "@/lib/server/config";

// Whether a route handler's request comes from this site (lib/security/same-origin.ts).
export function isSameOrigin(request: Request): boolean {
  return sameOriginRequest({ origin: request.headers.get("origin"), secFetchSite: request.headers.get("sec-fetch-site") }, siteOrigin());
}
