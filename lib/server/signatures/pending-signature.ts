import "server-only";
import { timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { keyedHash } from "@/lib/server/security/keyed-hash";
import { cookieName, cookieOptions } from "@/lib/server/security/cookie-names";
import { signatureInput, type SignatureFormValues } from "@/lib/validation/signature";

// What a visitor typed into the sign form before being sent to sign in, kept in their own
// browser (an httpOnly cookie for one hour), never on the server or in a URL, so it survives
// the trip through the email link and fills the form again on their return. The cookie is
// signed (HMAC with AUTH_SECRET): a valid one is also what sends a visitor without a session to
// the page rendered for them rather than the cached one (proxy.ts), so a made-up value must not
// be able to do that (it would push every request onto the slow path).
const MAX_AGE_SECONDS = 60 * 60;
const MAX_COOKIE = 3000;

type Pending = { slug: string; values: SignatureFormValues; exp: number };

const mac = (payload: string) => keyedHash("pending-signature", payload);

export function encodePendingSignature(slug: string, values: SignatureFormValues, now: number = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ slug, values, exp: now + MAX_AGE_SECONDS * 1000 } satisfies Pending)).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The values a signed, unexpired cookie holds for this campaign; null for anything else. */
export function decodePendingSignature(raw: string | undefined, slug: string, now: number = Date.now()): SignatureFormValues | null {
  if (!raw || raw.length > MAX_COOKIE) return null;
  const [payload = "", signature = ""] = raw.split(".");
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const pending = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Pending;
    if (pending.slug !== slug || !(pending.exp > now)) return null;
    // Only values the form itself could have produced come back.
    return signatureInput.safeParse(pending.values).success ? pending.values : null;
  } catch {
    return null;
  }
}

export async function savePendingSignature(slug: string, values: SignatureFormValues) {
  (await cookies()).set(cookieName("pending-signature"), encodePendingSignature(slug, values), cookieOptions(MAX_AGE_SECONDS));
}

export async function readPendingSignature(slug: string): Promise<SignatureFormValues | null> {
  return decodePendingSignature((await cookies()).get(cookieName("pending-signature"))?.value, slug);
}

// Only when there is one: changing a cookie in a Server Action makes Next render the whole
// page again into the action's answer, which signing (the hot path) must not pay for.
export async function clearPendingSignature() {
  const store = await cookies();
  const name = cookieName("pending-signature");
  if (store.has(name)) store.delete(name);
}
