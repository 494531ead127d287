import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { config } from "@/lib/server/config";
import { db } from "@/lib/server/db";
import { cookieName, cookieOptions } from "@/lib/server/security/cookie-names";

// A sign-in link is bound to the browser that asked for it: asking leaves a random value in an
// httpOnly cookie there, and the link's row keeps its hash. Opened in that browser, the link
// signs in at once. Opened anywhere else (asked for on a laptop, opened on a phone; or an
// attacker's own link sent to a victim, which would sign the victim into the attacker's account
// and show the attacker what the victim then signs), the confirmation page shows the address
// masked and asks for it in full: only someone who knows the address the link went to can use
// it there.
export const SIGN_IN_LINK_MINUTES = 30;
const BROWSER_VALUE = /^[A-Za-z0-9_-]{43}$/;

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

/** Marks this browser as the one asking for a link; the hash to keep with the link, or null
 * where no cookie can be set (the link then asks for the address wherever it is opened). */
export async function bindToThisBrowser(): Promise<string | null> {
  try {
    const store = await cookies();
    const name = cookieName("signin-browser");
    // One value per browser, kept while links are asked for: every link it asks for opens here.
    const existing = store.get(name)?.value;
    const value = existing && BROWSER_VALUE.test(existing) ? existing : randomBytes(32).toString("base64url");
    store.set(name, value, cookieOptions(SIGN_IN_LINK_MINUTES * 60));
    return sha256(value);
  } catch {
    return null;
  }
}

/** Whether this request comes from the browser a link was asked for in. */
export async function isAskingBrowser(browserHash: string | null): Promise<boolean> {
  if (!browserHash) return false;
  const value = (await cookies()).get(cookieName("signin-browser"))?.value;
  if (!value || !BROWSER_VALUE.test(value)) return false;
  const [a, b] = [Buffer.from(sha256(value)), Buffer.from(browserHash)];
  return a.length === b.length && timingSafeEqual(a, b);
}

// The row of a link is found the way Auth.js finds it: SHA-256 of the token and the secret.
export function verificationTokenHash(token: string): string {
  return sha256(`${token}${config().auth.secret ?? ""}`);
}

export const isLinkTokenShaped = (token: string) => /^[A-Za-z0-9_-]{16,128}$/.test(token);

export type PendingSignIn = { identifier: string; browserHash: string | null };

/** The link a token belongs to, if it is still usable; reading it uses nothing up. */
export async function findPendingSignIn(token: string | undefined): Promise<PendingSignIn | null> {
  if (!token || !isLinkTokenShaped(token)) return null;
  const row = await db.verificationToken.findUnique({
    where: { token: verificationTokenHash(token) },
    select: { identifier: true, expires: true, browserHash: true },
  });
  if (!row || row.expires.getTime() <= Date.now()) return null;
  return { identifier: row.identifier, browserHash: row.browserHash };
}

/** a•••@example.org: enough for the owner to recognise, too little for anyone else. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${[...email.slice(0, at)][0]}•••${email.slice(at)}`;
}
