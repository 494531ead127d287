import "server-only";
import { cookieNameFor, type CookieBase } from "@/lib/security/cookie-names";
import { config } from "@/lib/server/config";

export type { CookieBase } from "@/lib/security/cookie-names";

// The app's cookie names as this deployment names them (lib/security/cookie-names.ts).
export function cookieName(base: CookieBase): string {
  return cookieNameFor(base, config().auth.secureCookies);
}

export function cookieOptions(maxAgeSeconds: number) {
  return { httpOnly: true, sameSite: "lax", secure: config().auth.secureCookies, path: "/", maxAge: maxAgeSeconds } as const;
}
