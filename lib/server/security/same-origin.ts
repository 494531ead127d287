import "server-only";
import { siteOrigin } from "@/lib/server/config";

// Browsers send Origin on every cross-site POST. A state-changing request whose Origin is
// missing or foreign is refused: that stops login CSRF (a page elsewhere signing a visitor
// into someone else's account, whose owner would then see what the visitor signs). The origin
// compared with is the configured one, never one worked out from the request's headers.
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  return origin === siteOrigin();
}
