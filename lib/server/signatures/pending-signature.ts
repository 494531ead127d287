import "server-only";
import { cookies } from "next/headers";
import { config } from "@/lib/server/config";
import { signatureInput, type SignatureFormValues } from "@/lib/validation/signature";

// What a visitor typed into the sign form before being sent to sign in, kept in their own
// browser (an httpOnly cookie for one hour), never on the server or in a URL, so it survives
// the trip through the email link and fills the form again on their return.
const COOKIE = "pending-signature";

type Pending = { slug: string; values: SignatureFormValues };

export async function savePendingSignature(slug: string, values: SignatureFormValues) {
  const store = await cookies();
  store.set(COOKIE, Buffer.from(JSON.stringify({ slug, values })).toString("base64url"), {
    httpOnly: true,
    sameSite: "lax",
    secure: config().auth.secureCookies,
    path: "/",
    maxAge: 60 * 60,
  });
}

export async function readPendingSignature(slug: string): Promise<SignatureFormValues | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const pending = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Pending;
    if (pending.slug !== slug) return null;
    // Only values the form itself could have produced come back.
    return signatureInput.safeParse(pending.values).success ? pending.values : null;
  } catch {
    return null;
  }
}

// Only when there is one: changing a cookie in a Server Action makes Next render the whole
// page again into the action's answer, which signing (the hot path) must not pay for.
export async function clearPendingSignature() {
  const store = await cookies();
  if (store.has(COOKIE)) store.delete(COOKIE);
}
