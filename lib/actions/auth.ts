"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { can } from "@/lib/server/authz";
import { getViewer } from "@/lib/server/auth/sessions";
import { signIn, signOut } from "@/lib/server/auth";
import { saveReturnPath } from "@/lib/server/auth/return-path";
import { db } from "@/lib/server/db";
import { clientAddress } from "@/lib/server/security/client-address";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/server/security/rate-limit";
import { safeCallbackPath, signInInput } from "@/lib/validation/auth";
import { localePath } from "@/lib/locale-path";
import { fail, rateLimited, type ActionState } from "./action-result";
import { formLocale, isForm, textField } from "./form-input";

// Success is a redirect to "check your email"; a failure keeps the address typed.
export type SignInState = ActionState<undefined, "emailRequired" | "emailInvalid" | "rateLimited" | "sendFailed">;

// Anyone may ask for a sign-in link; the limits below are what keeps that from being abused.
// The answer is the same whether or not the address has an account or has signed anything.
export async function requestSignInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  if (!isForm(formData)) return fail("emailInvalid");
  const locale = formLocale(formData);
  const parsed = signInInput.safeParse({ email: formData.get("email"), callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message;
    return fail(message === "emailRequired" ? "emailRequired" : "emailInvalid", { values: { email: textField(formData, "email") } });
  }
  const { email } = parsed.data;
  const values = { email };
  const callbackUrl = safeCallbackPath(parsed.data.callbackUrl);
  const limited = await consumeRateLimits([
    [RATE_LIMITS.signInPerAddress, email],
    [RATE_LIMITS.signInPerClient, clientAddress(await headers())],
  ]);
  if (!limited.ok) return rateLimited(limited.retryAfterSeconds, { values });
  await saveReturnPath(callbackUrl);
  try {
    await signIn("email", { email, redirectTo: callbackUrl, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      console.error("sign-in email failed", error.type);
      return fail("sendFailed", { values });
    }
    throw error;
  }
  redirect(localePath(locale, "/signin/check-email"));
}

// A fresh sign-in link for the signed-in account, to its own address (never one from the form):
// what it signed and follows shows only to a recent sign-in (lib/auth/recent-sign-in.ts).
// Limited like every other sign-in link. A plain form POST with redirects, so it works
// without JavaScript; problems are shown on /me.
export async function requestFreshSignInAction(formData: FormData) {
  const locale = formLocale(formData);
  const me = localePath(locale, "/me");
  const viewer = await getViewer();
  if (!can(viewer, "account:manage-own")) redirect(`${localePath(locale, "/signin")}?${new URLSearchParams({ callbackUrl: me })}`);
  const limited = await consumeRateLimits([
    [RATE_LIMITS.signInPerAddress, viewer.email],
    [RATE_LIMITS.signInPerClient, clientAddress(await headers())],
  ]);
  if (!limited.ok) redirect(`${me}?fresh=rateLimited#recent-heading`);
  await saveReturnPath(me);
  try {
    await signIn("email", { email: viewer.email, redirectTo: me, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    console.error("fresh sign-in email failed", error.type);
    redirect(`${me}?fresh=sendFailed#recent-heading`);
  }
  redirect(localePath(locale, "/signin/check-email"));
}

export async function signOutAction(formData: FormData) {
  const locale = formLocale(formData);
  await signOut({ redirect: false });
  redirect(localePath(locale, "/"));
}

// Ends every session of this account, on every device, by deleting them.
export async function signOutEverywhereAction(formData: FormData) {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (viewer) await db.session.deleteMany({ where: { userId: viewer.id } });
  await signOut({ redirect: false });
  redirect(localePath(locale, "/"));
}
