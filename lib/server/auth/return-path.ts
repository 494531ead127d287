import "server-only";
import { cookies } from "next/headers";
import { cookieName, cookieOptions } from "@/lib/server/security/cookie-names";
import { safeCallbackPath } from "@/lib/validation/auth";
import { SIGN_IN_LINK_MINUTES } from "./sign-in-binding";

// Where to go after signing in, kept on the device that asked for the link rather than in the
// link itself (see sign-in-email.ts). On another device, the link leads to the home page.
export async function saveReturnPath(path: string) {
  (await cookies()).set(cookieName("signin-return"), safeCallbackPath(path), cookieOptions(SIGN_IN_LINK_MINUTES * 60));
}

export async function readReturnPath(fallback: string): Promise<string> {
  const value = (await cookies()).get(cookieName("signin-return"))?.value;
  return value ? safeCallbackPath(value) : fallback;
}
