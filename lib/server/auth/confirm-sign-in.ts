import "server-only";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/server/security/rate-limit";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { db } from "@/lib/server/db";
import { findPendingSignIn, isAskingBrowser, verificationTokenHash } from "./sign-in-binding";

export type Confirmation = { ok: true } | { ok: false; reason: "invalid" | "wrong-address" | "void" };

/**
 * Whether pressing "Sign in" on a link's confirmation page may sign in: the link must be live,
 * and pressed in the browser that asked for it, or with the full address it was sent to typed
 * in. A few wrong addresses void the link. Nothing here uses the link up; Auth.js does that
 * after this says yes.
 */
export async function confirmSignIn({ token, typedEmail }: { token: string; typedEmail: string | null }): Promise<Confirmation> {
  const pending = await findPendingSignIn(token);
  if (!pending) {
    await recordSecurityEvent({ kind: "signin.refused", detail: "unknown-or-expired" });
    return { ok: false, reason: "invalid" };
  }
  if (await isAskingBrowser(pending.browserHash)) return { ok: true };
  if (typedEmail !== null && typedEmail.trim().toLowerCase() === pending.identifier) return { ok: true };
  const tries = await consumeRateLimit(RATE_LIMITS.signInAddressTries, verificationTokenHash(token));
  await recordSecurityEvent({ kind: "signin.refused", subject: pending.identifier, detail: tries.ok ? "wrong-address" : "link-voided" });
  if (tries.ok) return { ok: false, reason: "wrong-address" };
  await db.verificationToken.deleteMany({ where: { token: verificationTokenHash(token) } });
  return { ok: false, reason: "void" };
}
