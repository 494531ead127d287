"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { can } from "@/lib/server/authz";
import { getViewer } from "@/lib/server/auth/sessions";
import { signedInRecently } from "@/lib/server/auth/recent-sign-in";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/server/security/rate-limit";
import { getCampaignCount } from "@/lib/server/signatures/get-campaign-count";
import { getSignerState } from "@/lib/server/signatures/get-signer-state";
import { clearPendingSignature, savePendingSignature } from "@/lib/server/signatures/pending-signature";
import { signCampaign } from "@/lib/server/signatures/sign-campaign";
import { withdrawSignature } from "@/lib/server/signatures/withdraw-signature";
import { signatureInput, type SignatureFormValues } from "@/lib/validation/signature";
import { localePath } from "@/lib/locale-path";
import { signerSummary, type SignerSummary } from "@/lib/signing/signer-summary";

export type SignFormState = {
  status: "idle" | "signed" | "alreadySigned" | "notOpen" | "notFound" | "rateLimited" | "invalid" | "withdrawn" | "withdrawnIfSigned";
  fieldErrors?: Partial<Record<keyof SignatureFormValues, string>>;
  values?: SignatureFormValues;
  retryAfter?: number;
  // After signing: the signer's panel and the new count, drawn by the form itself, so that the
  // answer carries these few fields and not a new render of the whole page.
  signer?: SignerSummary;
  signatureCount?: number;
};

function formValues(formData: FormData): SignatureFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    showName: formData.get("showName") === "on",
    displayName: text("displayName"),
    country: text("country"),
    comment: text("comment"),
    follow: formData.get("follow") === "on",
  };
}

// Which campaign and language travel as form fields, not bound arguments: React loops
// forever rendering the answer to a form posted without JavaScript to a bound action that
// useActionState holds (vercel/next.js#57867).
function target(formData: FormData): { slug: string; locale: string } | null {
  const slug = formData.get("slug");
  const locale = formData.get("locale");
  if (typeof slug !== "string" || !/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  return { slug, locale: typeof locale === "string" ? locale : "en" };
}

// Sign a campaign as the signed-in supporter. A visitor is sent to sign in first, with what
// they typed kept in their browser. The same zod schema as the form validates here.
export async function signCampaignAction(_previous: SignFormState, formData: FormData): Promise<SignFormState> {
  const where = formData instanceof FormData ? target(formData) : null;
  if (!where) return { status: "notFound" };
  const { slug, locale } = where;
  const values = formValues(formData);
  const parsed = signatureInput.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: SignFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof SignatureFormValues | undefined;
      if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { status: "invalid", fieldErrors, values };
  }

  const viewer = await getViewer();
  const campaignPath = localePath(locale, `/campaigns/${slug}`);
  if (!viewer) {
    await savePendingSignature(slug, values);
    redirect(`${localePath(locale, "/signin")}?${new URLSearchParams({ callbackUrl: `${campaignPath}#sign`, reason: "sign" })}`);
  }
  if (!can(viewer, "signature:write")) return { status: "notFound" };

  const limited = await consumeRateLimits([[RATE_LIMITS.signingPerUser, viewer.id]]);
  if (!limited.ok) return { status: "rateLimited", values, retryAfter: Math.ceil(limited.retryAfterSeconds / 60) };

  const result = await signCampaign({ slug, userId: viewer.id, input: parsed.data });
  if (!result.ok) return { status: result.reason === "not_open" ? "notOpen" : "notFound", values };
  await clearPendingSignature();
  // No revalidatePath: the per-visitor page is rendered per request anyway, and asking for it
  // would make Next render the whole page into every signer's answer (docs/decisions/014).
  // A session older than a day is not told whether it had signed before (recent-sign-in.ts):
  // either way, it now has; it gets no panel.
  if (!signedInRecently(viewer)) return { status: "signed", signatureCount: result.signatureCount };
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
  return { status: result.alreadySigned ? "alreadySigned" : "signed", signer, signatureCount: result.signatureCount };
}

async function earlierSignature(slug: string, userId: string): Promise<SignerSummary | undefined> {
  const state = await getSignerState({ slug, userId });
  return state.signed ? signerSummary(state.signed, state) : undefined;
}

export async function withdrawSignatureAction(_previous: SignFormState, formData: FormData): Promise<SignFormState> {
  const viewer = await getViewer();
  const where = formData instanceof FormData ? target(formData) : null;
  if (!can(viewer, "signature:write") || !where) return { status: "notFound" };
  const { slug, locale } = where;
  const limited = await consumeRateLimits([[RATE_LIMITS.signingPerUser, viewer.id]]);
  if (!limited.ok) return { status: "rateLimited", retryAfter: Math.ceil(limited.retryAfterSeconds / 60) };
  await withdrawSignature({ slug, userId: viewer.id });
  revalidatePath(localePath(locale, `/campaigns/${slug}`));
  revalidatePath(localePath(locale, "/me"));
  const count = await getCampaignCount({ slug });
  // The same answer whether or not there was a signature; worded for it when the session may
  // not learn which (recent-sign-in.ts).
  return { status: signedInRecently(viewer) ? "withdrawn" : "withdrawnIfSigned", signatureCount: count?.signatureCount };
}
