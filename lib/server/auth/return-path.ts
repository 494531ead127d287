import "server-only";
import { cookies } from "next/headers";
import { config } from "@/lib/server/config";
import { safeCallbackPath } from "@/lib/validation/auth";

// Where to go after signing in, kept on the device that asked for the link rather than in the
// link itself (see sign-in-email.ts). On another device, the link leads to the home page.
const COOKIE = "signin-return";

export async function saveReturnPath(path: string) {
  (await cookies()).set(COOKIE, safeCallbackPath(path), {
    httpOnly: true,
    sameSite: "lax",
    secure: config().auth.secureCookies,
    path: "/",
    maxAge: 24 * 60 * 60,
  });
}

export async function readReturnPath(fallback: string): Promise<string> {
  const value = (await cookies()).get(COOKIE)?.value;
  return value ? safeCallbackPath(value) : fallback;
}
