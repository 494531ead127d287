import "server-only";

// Browsers send Origin on every cross-site POST. A state-changing request whose Origin is
// missing or foreign is refused: that stops login CSRF (a page elsewhere signing a visitor
// into someone else's account, whose owner would then see what the visitor signs).
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
