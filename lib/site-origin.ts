// The site's public origin, for absolute links (Open Graph tags, emails, share links):
// AUTH_URL, as Auth.js uses it, or this machine when it is unset.
export function siteOrigin(): string {
  return (process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}
