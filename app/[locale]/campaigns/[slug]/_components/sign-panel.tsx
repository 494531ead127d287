import { getViewer } from "@/lib/server/authz";
import { getSignerState } from "@/lib/server/signatures/get-signer-state";
import { readPendingSignature } from "@/lib/server/signatures/pending-signature";
import type { SignatureFormValues } from "@/lib/validation/signature";
import { SignClosed } from "./sign-closed";
import { SignForm } from "./sign-form";
import { SignedPanel } from "@/components/signing/signed-panel";

export const EMPTY_SIGNATURE: SignatureFormValues = { showName: false, displayName: "", country: "", comment: "", follow: true };

// The per-visitor part of a campaign page: the sign form, or what this signer has done.
export async function SignPanel({ slug, locale, open }: { slug: string; locale: string; open: boolean }) {
  const viewer = await getViewer();
  const state = viewer ? await getSignerState({ slug, userId: viewer.id }) : null;

  if (state?.signed) {
    const { signedAt, showName, displayName } = state.signed;
    return <SignedPanel slug={slug} locale={locale} signer={{ signedAt: signedAt.toISOString(), showName, displayName, following: state.following }} />;
  }
  if (!open) return <SignClosed />;

  const pending = await readPendingSignature(slug);
  return <SignForm slug={slug} locale={locale} signedIn={viewer !== null} defaultValues={{ ...EMPTY_SIGNATURE, ...pending }} following={state?.following} />;
}
