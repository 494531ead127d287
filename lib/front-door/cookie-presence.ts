// Which of the app's cookies a request carries, by name only, as the reference nginx decides who
// bypasses its cache (deploy/nginx/campaign-tracker.conf): with or without the __Host- prefix
// (lib/server/security/cookie-names.ts; __Secure- as Auth.js names its own). Presence decides
// only how a request is served (its own page, a light one, a 503 while the database is away),
// never what it may see: a forged cookie gets the heavier path, never other data.
type Base = "authjs.session-token" | "pending-signature";

/** A test for a Cookie header carrying any of `bases`. */
export function carriesCookie(...bases: Base[]): (cookie: string | undefined) => boolean {
  const pattern = new RegExp(`(?:^|;\\s*)(?:__Secure-|__Host-)?(?:${bases.map((b) => b.replaceAll(".", "\\.")).join("|")})=`);
  return (cookie) => cookie !== undefined && pattern.test(cookie);
}
