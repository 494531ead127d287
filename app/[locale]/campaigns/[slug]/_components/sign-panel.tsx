import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/server/auth/sessions";
import { signedInRecently } from "@/lib/auth/recent-sign-in";
import { maskEmail } from "@/lib/server/auth/sign-in-binding";
import { getSignerState } from "@/lib/server/signatures/get-signer-state";
import { readPendingSignature } from "@/lib/server/signatures/pending-signature";
import { signerSummary } from "@/lib/signing/signer-summary";
import type { SignatureFormValues } from "@/lib/validation/signature";
import { FollowForm } from "@/components/signing/follow-form";
import { SignedPanel } from "@/components/signing/signed-panel";
import { WithdrawForm } from "@/components/signing/withdraw-form";
import { signingText } from "@/components/signing/signing-text-server";
import { countryOptions } from "@/lib/validation/countries";
import { SignClosed } from "./sign-closed";
import { SignForm } from "./sign-form";

// Nothing ticked in advance (PRODUCT.md: consent is explicit).
export const EMPTY_SIGNATURE: SignatureFormValues = { showName: false, displayName: "", country: "", comment: "", follow: false };

type Props = { slug: string; locale: string; open: boolean; reviewComments: boolean };

// The per-visitor part of a campaign page: the sign form, or what this signer has done. A
// session older than a day (lib/auth/recent-sign-in.ts) learns neither whether it
// signed nor whether it follows: it gets the form, and a withdrawal that works either way.
// The follow button of a signed-in visitor who has not signed sits in the form (which draws the
// signer's panel, with its own follow button, once they sign).
export async function SignPanel({ slug, locale, open, reviewComments }: Props) {
  const viewer = await getViewer();
  const recent = viewer !== null && signedInRecently(viewer);
  const [state, text] = await Promise.all([viewer && recent ? getSignerState({ slug, userId: viewer.id }) : null, signingText(locale)]);

  if (state?.signed) return <SignedPanel slug={slug} locale={locale} text={text} signer={signerSummary(state.signed, state)} />;

  const form = open ? (
    <>
      {viewer && <SigningAs email={viewer.email} />}
      <SignForm
        slug={slug}
        locale={locale}
        text={text}
        countries={viewer ? countryOptions(locale) : undefined}
        signedIn={viewer !== null}
        reviewComments={reviewComments}
        defaultValues={{ ...EMPTY_SIGNATURE, ...(await readPendingSignature(slug)) }}
        follow={state ? { following: state.following, positionEmails: state.positionEmails } : undefined}
      />
    </>
  ) : (
    <div className="flex flex-col gap-4">
      <SignClosed />
      {state && <FollowForm slug={slug} locale={locale} text={text} following={state.following} positionEmails={state.positionEmails} />}
    </div>
  );
  if (viewer && !recent) {
    const t = await getTranslations("SignForm");
    return (
      <div className="flex flex-col gap-4">
        <div className="rounded border border-slate-300 bg-slate-50 p-4">
          <p className="font-bold">{t("staleHeading")}</p>
          <p className="mt-1 text-sm text-slate-700">{t("staleBody")}</p>
          <p className="mt-2 text-sm">
            <Link href="/me#recent-heading" className="text-brand-700 underline">
              {t("staleLink")}
            </Link>
          </p>
        </div>
        {form}
        <WithdrawForm slug={slug} locale={locale} text={text} ifSigned />
      </div>
    );
  }
  return form;
}

// Which account signs, so that nobody signs into an account that is not theirs unawares (a
// link from someone else's inbox, an account left signed in on a shared device).
async function SigningAs({ email }: { email: string }) {
  const t = await getTranslations("Security.signForm");
  return (
    <p className="text-sm text-slate-700" data-testid="signing-as">
      {t.rich("signingAs", { email: () => <bdi dir="ltr" className="font-semibold">{maskEmail(email)}</bdi> })}
    </p>
  );
}
