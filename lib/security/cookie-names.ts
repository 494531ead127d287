// The app's cookies. When the site is served over https their names carry the __Host- prefix:
// a browser then accepts them only from this exact origin, over https, for the whole site, so
// nothing on plain http or on another subdomain can plant one (a session cookie planted by a
// network attacker would sign a signer into the attacker's account). Cookies of the same name
// without the prefix are never read there.
export type CookieBase = "authjs.session-token" | "pending-signature" | "signin-return" | "signin-browser";

export function cookieNameFor(base: CookieBase, secureCookies: boolean): string {
  return secureCookies ? `__Host-${base}` : base;
}
