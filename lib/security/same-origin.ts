// Browsers send Origin on every cross-site POST. A state-changing request whose Origin is
// missing or foreign is refused: that stops login CSRF (a page elsewhere signing a visitor
// into someone else's account, whose owner would then see what the visitor signs). The origin
// compared with is the configured one (AUTH_URL), never one worked out from the request's headers.
export function sameOriginRequest(headers: { origin: string | null | undefined; secFetchSite: string | null | undefined }, siteOrigin: string): boolean {
  if (!headers.origin) return headers.secFetchSite === "same-origin";
  return headers.origin === siteOrigin;
}
