import { getFormatter, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/server/authz";
import { maskEmail } from "@/lib/server/auth/sign-in-binding";
import { getSignerState } from "@/lib/server/signatures/get-signer-state";
import { readPendingSignature } from "@/lib/server/signatures/pending-signature";
import { countryOptions } from "@/lib/validation/countries";
import type { SignatureFormValues } from "@/lib/validation/signature";
import { FollowForm } from "@/components/signing/follow-form";
import { SignClosed } from "./sign-closed";
import { SignForm } from "./sign-form";
import { WithdrawForm } from "@/components/signing/withdraw-form";

export const EMPTY_SIGNATURE: SignatureFormValues = { showName: false, displayName: "", country: "", comment: "", follow: true };

// The per-visitor part of a campaign page: the sign form, or what this signer has done.
export async function SignPanel({ slug, locale, open }: { slug: string; locale: string; open: boolean }) {
  const t = await getTranslations("SignForm");
  const format = await getFormatter();
  const viewer = await getViewer();
  const state = viewer ? await getSignerState({ slug, userId: viewer.id }) : null;

  if (state?.signed) {
    return (
      <div className="flex flex-col gap-4">
        <div className="rounded bg-green-50 p-4 text-green-950">
          <p className="text-lg font-bold">{t("alreadySigned")}</p>
          <p>{t("signedOn", { date: format.dateTime(state.signed.signedAt, { dateStyle: "long" }) })}</p>
          <p className="text-sm">
            {state.signed.showName && state.signed.displayName ? t("yourName", { name: state.signed.displayName }) : t("nameHidden")}
          </p>
        </div>
        <WithdrawForm slug={slug} locale={locale} />
        <FollowForm slug={slug} locale={locale} following={state.following} />
      </div>
    );
  }
  if (!open) return <SignClosed />;

  const pending = await readPendingSignature(slug);
  const s = await getTranslations("Security.signForm");
  return (
    <div className="flex flex-col gap-4">
      {/* Which account signs, so nobody signs into an account that is not theirs unawares. */}
      {viewer && (
        <p className="text-sm text-slate-700" data-testid="signing-as">
          {s.rich("signingAs", { email: () => <bdi dir="ltr" className="font-semibold">{maskEmail(viewer.email)}</bdi> })}
        </p>
      )}
      <SignForm
        slug={slug}
        locale={locale}
        signedIn={viewer !== null}
        defaultValues={{ ...EMPTY_SIGNATURE, ...pending }}
        countries={countryOptions(locale)}
      />
      {state && <FollowForm slug={slug} locale={locale} following={state.following} />}
    </div>
  );
}
