import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/server/authz";
import { signedInRecently } from "@/lib/server/auth/recent-sign-in";
import { maskEmail } from "@/lib/server/auth/sign-in-binding";
import { getSignerState, type SignerState } from "@/lib/server/signatures/get-signer-state";
import { readPendingSignature } from "@/lib/server/signatures/pending-signature";
import { countryOptions } from "@/lib/validation/countries";
import type { SignatureFormValues } from "@/lib/validation/signature";
import { FollowForm } from "@/components/signing/follow-form";
import { SignClosed } from "./sign-closed";
import { SignForm } from "./sign-form";
import { WithdrawForm } from "@/components/signing/withdraw-form";

// Nothing ticked in advance (PRODUCT.md: consent is explicit).
export const EMPTY_SIGNATURE: SignatureFormValues = { showName: false, displayName: "", country: "", comment: "", follow: false };

type Props = { slug: string; locale: string; open: boolean; reviewComments: boolean };

// The per-visitor part of a campaign page: the sign form, or what this signer has done. A
// session older than a day (lib/server/auth/recent-sign-in.ts) learns neither whether it
// signed nor whether it follows: it gets the form, and a withdrawal that works either way.
export async function SignPanel({ slug, locale, open, reviewComments }: Props) {
  const viewer = await getViewer();
  const recent = viewer !== null && signedInRecently(viewer);
  const state = viewer && recent ? await getSignerState({ slug, userId: viewer.id }) : null;

  if (state?.signed) return <Signed slug={slug} locale={locale} state={state} signed={state.signed} />;

  const form = open ? (
    <>
      {viewer && <SigningAs email={viewer.email} />}
      <SignForm
        slug={slug}
        locale={locale}
        signedIn={viewer !== null}
        reviewComments={reviewComments}
        defaultValues={{ ...EMPTY_SIGNATURE, ...(await readPendingSignature(slug)) }}
        countries={countryOptions(locale)}
      />
    </>
  ) : (
    <SignClosed />
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
        <WithdrawForm slug={slug} locale={locale} ifSigned />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {form}
      {state && <FollowForm slug={slug} locale={locale} following={state.following} positionEmails={state.positionEmails} />}
    </div>
  );
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

async function Signed({ slug, locale, state, signed }: { slug: string; locale: string; state: SignerState; signed: NonNullable<SignerState["signed"]> }) {
  const [t, format] = await Promise.all([getTranslations("SignForm"), getFormatter()]);
  const commentStatus = !signed.showName || signed.commentHidden ? "commentNotShown" : signed.commentPending ? "commentWaiting" : "commentPublic";
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded bg-green-50 p-4 text-green-950">
        <p className="text-lg font-bold">{t("alreadySigned")}</p>
        <p>{t("signedOn", { date: format.dateTime(signed.signedAt, { dateStyle: "long" }) })}</p>
        <p className="text-sm">{signed.showName && signed.displayName ? t("yourName", { name: signed.displayName }) : t("nameHidden")}</p>
        {signed.comment && (
          <div className="mt-2 text-sm">
            <p className="font-semibold">{t("yourComment")}</p>
            <p className="whitespace-pre-line" dir="auto">
              {signed.comment}
            </p>
            <p className="mt-1 font-semibold">{t(commentStatus)}</p>
          </div>
        )}
      </div>
      <WithdrawForm slug={slug} locale={locale} />
      <FollowForm slug={slug} locale={locale} following={state.following} positionEmails={state.positionEmails} />
    </div>
  );
}
