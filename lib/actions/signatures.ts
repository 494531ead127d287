"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { can } from "@/lib/server/authz";
import { getViewer } from "@/lib/server/auth/sessions";
import { signedInRecently } from "@/lib/auth/recent-sign-in";
import { getSignerState } from "@/lib/server/signatures/get-signer-state";
import { clearPendingSignature, savePendingSignature } from "@/lib/server/signatures/pending-signature";
import { signAsSupporter } from "@/lib/server/signatures/sign-as-supporter";
import { withdrawAsSupporter } from "@/lib/server/signatures/withdraw-as-supporter";
import { signatureInput, type SignatureFormValues } from "@/lib/validation/signature";
import { localePath } from "@/lib/locale-path";
import { signerSummary, type SignerSummary } from "@/lib/signing/signer-summary";
import { fail, NOT_FOUND, rateLimited, succeed, type ActionState } from "./action-result";
import { formLocale, formSlug, isForm, parseInput, textValues, ticked } from "./form-input";

// After signing: how the signature stands, the signer's panel (for a recent sign-in) and the new
// count, drawn by the form itself, so that the answer carries these few fields and not a new
// render of the whole page.
export type SignData = { outcome: "signed" | "alreadySigned"; signer?: SignerSummary; signatureCount: number };
export type SignState = ActionState<SignData>;
// The same answer whether or not there was a signature; worded for it when the session may not
// learn which (recent-sign-in.ts).
export type WithdrawData = { outcome: "withdrawn" | "withdrawnIfSigned"; signatureCount: number };
export type WithdrawState = ActionState<WithdrawData>;

function signatureValues(formData: FormData): SignatureFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return { showName: ticked(formData, "showName"), displayName: text("displayName"), country: text("country"), comment: text("comment"), follow: ticked(formData, "follow") };
}

// Which campaign and language travel as form fields, not bound arguments: React loops
// forever rendering the answer to a form posted without JavaScript to a bound action that
// useActionState holds (vercel/next.js#57867).
// Sign a campaign as the signed-in supporter. A visitor is sent to sign in first, with what
// they typed kept in their browser. The same zod schema as the form validates here.
export async function signCampaignAction(_previous: SignState, formData: FormData): Promise<SignState> {
  const slug = isForm(formData) ? formSlug(formData) : null;
  if (!slug) return NOT_FOUND;
  const locale = formLocale(formData);
  const values = signatureValues(formData);
  const parsed = parseInput(signatureInput.safeParse(values), formData);
  if (!parsed.ok) return parsed;

  const viewer = await getViewer();
  if (!viewer) {
    await savePendingSignature(slug, values);
    const callbackUrl = `${localePath(locale, `/campaigns/${slug}`)}#sign`;
    redirect(`${localePath(locale, "/signin")}?${new URLSearchParams({ callbackUrl, reason: "sign" })}`);
  }
  if (!can(viewer, "signature:write")) return NOT_FOUND;

  const result = await signAsSupporter({ slug, userId: viewer.id, input: parsed.data });
  if (!result.ok) {
    if (result.reason === "rate_limited") return rateLimited(result.retryAfterSeconds, { values: textValues(formData) });
    return fail(result.reason === "not_open" ? "notOpen" : "notFound", { values: textValues(formData) });
  }
  await clearPendingSignature();
  // No revalidatePath: the per-visitor page is rendered per request anyway, and asking for it
  // would make Next render the whole page into every signer's answer (docs/decisions/014).
  const outcome = result.alreadySigned ? "alreadySigned" : "signed";
  // A session older than a day is not told whether it had signed before (recent-sign-in.ts):
  // either way, it now has; it gets no panel.
  if (!signedInRecently(viewer)) return succeed<SignData>({ outcome: "signed", signatureCount: result.signatureCount });
  const signer: SignerSummary | undefined = result.alreadySigned
    ? await earlierSignature(slug, viewer.id)
    : {
        signedAt: new Date().toISOString(),
        showName: parsed.data.showName,
        displayName: parsed.data.displayName ?? null,
        comment: parsed.data.comment ?? null,
        commentHidden: false,
        commentPending: result.commentPending,
        following: result.following,
        positionEmails: result.following && result.positionEmails,
      };
  return succeed<SignData>({ outcome, signer, signatureCount: result.signatureCount });
}

async function earlierSignature(slug: string, userId: string): Promise<SignerSummary | undefined> {
  const state = await getSignerState({ slug, userId });
  return state.signed ? signerSummary(state.signed, state) : undefined;
}

export async function withdrawSignatureAction(_previous: WithdrawState, formData: FormData): Promise<WithdrawState> {
  const viewer = await getViewer();
  const slug = isForm(formData) ? formSlug(formData) : null;
  if (!can(viewer, "signature:write") || !slug) return NOT_FOUND;
  const locale = formLocale(formData);
  const result = await withdrawAsSupporter({ slug, userId: viewer.id });
  if (!result.ok) return rateLimited(result.retryAfterSeconds);
  revalidatePath(localePath(locale, `/campaigns/${slug}`));
  revalidatePath(localePath(locale, "/me"));
  return succeed<WithdrawData>({ outcome: signedInRecently(viewer) ? "withdrawn" : "withdrawnIfSigned", signatureCount: result.signatureCount });
}
