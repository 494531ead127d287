"use client";

import { describedBy } from "@/components/forms/described-by";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useActionState, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { signCampaignAction, type SignFormState } from "@/lib/actions/signatures";
import { COMMENT_MAX, DISPLAY_NAME_MAX, signatureInput, type SignatureFormValues } from "@/lib/validation/signature";
import { countryOptions } from "@/lib/validation/countries";
import { FollowForm } from "@/components/signing/follow-form";
import { FormStatus } from "@/components/signing/form-status";
import { publishCount } from "@/components/signing/live-counts";
import { SignedPanel } from "@/components/signing/signed-panel";
import { Link } from "@/i18n/navigation";
// A pure module (no database): the threshold the form's promise names is the one enforced.
import { DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";

type Props = {
  slug: string;
  locale: string;
  signedIn: boolean;
  reviewComments: boolean;
  defaultValues: SignatureFormValues;
  // For a signed-in visitor: whether they follow the campaign (the follow form sits under the form).
  follow?: { following: boolean; positionEmails: boolean };
};

const WITHDRAWN: SignFormState = { status: "withdrawn" };

// A plain form posting to the Server Action, so it works without JavaScript; with JavaScript,
// react-hook-form checks it first with the same zod schema the server uses. Every field also
// carries its value as an HTML default, so the form is filled in before any script runs.
// Nothing is ticked in advance: showing a name and following are each the signer's own choice.
// The country list comes from a module this component imports, not from the page: it is drawn
// into the HTML, and the page's payload carries only the language.
export function SignForm({ slug, locale, signedIn, reviewComments, defaultValues, follow }: Props) {
  const t = useTranslations("SignForm");
  const [state, formAction, pending] = useActionState<SignFormState, FormData>(signCampaignAction, { status: "idle" });
  // After signing, the answer says how the signature stands and what the count is now: the
  // signer's panel takes the form's place and the page's count moves, with no new render of the
  // page (docs/decisions/014-signing-hot-path.md). Withdrawing from that panel brings the form back.
  const [withdrawnFrom, setWithdrawnFrom] = useState<SignFormState | null>(null);
  const shown = state === withdrawnFrom ? WITHDRAWN : state;
  const initial = state.values ?? defaultValues;
  const form = useForm<SignatureFormValues>({ resolver: zodResolver(signatureInput), defaultValues: initial, mode: "onTouched" });
  const { formRef, onSubmit } = useActionSubmit(form, formAction);
  useEffect(() => {
    if (state.signatureCount !== undefined) publishCount(slug, state.signatureCount);
  }, [state, slug]);
  const errors = form.formState.errors;
  const errorKey = (field: keyof SignatureFormValues) => errors[field]?.message ?? state.fieldErrors?.[field];
  const fieldError = (field: keyof SignatureFormValues) => {
    const key = errorKey(field);
    return key ? (
      <p id={`${field}-error`} className="mt-1 text-sm font-semibold text-red-800">
        {t(`errors.${key}` as "errors.displayNameRequired")}
      </p>
    ) : null;
  };
  const describe = (field: keyof SignatureFormValues, hint: boolean) => describedBy(field, hint, errorKey(field));

  if (shown.signer) {
    return (
      <div className="flex flex-col gap-4">
        <FormStatus state={shown} />
        <SignedPanel slug={slug} locale={locale} signer={shown.signer} onWithdrawn={() => setWithdrawnFrom(state)} />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <FormStatus state={shown} />
      <form ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="locale" value={locale} />

        <div>
          <label className="flex items-start gap-2">
            <input type="checkbox" defaultChecked={initial.showName === true} {...form.register("showName")} aria-describedby="showName-hint" className="mt-1.5 size-4" />
            <span className="font-semibold">{t("showName")}</span>
          </label>
          <p id="showName-hint" className="ms-6 text-sm text-slate-600">
            {t("showNameHint")}
          </p>
        </div>

        <div>
          <label htmlFor="displayName" className="block font-semibold">
            {t("displayName")}
          </label>
          <input
            id="displayName"
            type="text"
            autoComplete="name"
            maxLength={DISPLAY_NAME_MAX}
            dir="auto"
            defaultValue={initial.displayName}
            {...form.register("displayName")}
            aria-invalid={errorKey("displayName") ? true : undefined}
            aria-describedby={describe("displayName", true)}
            className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
          />
          <p id="displayName-hint" className="mt-1 text-sm text-slate-600">
            {t("displayNameHint")}
          </p>
          {fieldError("displayName")}
        </div>

        <div>
          <label htmlFor="country" className="block font-semibold">
            {t("country")}
          </label>
          <select
            id="country"
            defaultValue={initial.country}
            {...form.register("country")}
            aria-describedby={describe("country", true)}
            className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t("countryNone")}</option>
            {countryOptions(locale).map(([code, name, lang]) => (
              <option key={code} value={code} lang={lang}>
                {name}
              </option>
            ))}
          </select>
          <p id="country-hint" className="mt-1 text-sm text-slate-600">
            {t("countryHint", { n: DISCLOSURE_THRESHOLD })}
          </p>
          {fieldError("country")}
        </div>

        <div>
          <label htmlFor="comment" className="block font-semibold">
            {t("comment")}
          </label>
          <textarea
            id="comment"
            rows={3}
            maxLength={COMMENT_MAX}
            dir="auto"
            defaultValue={initial.comment}
            {...form.register("comment")}
            aria-invalid={errorKey("comment") ? true : undefined}
            aria-describedby={describe("comment", true)}
            className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
          />
          <div id="comment-hint" className="mt-1 flex flex-col gap-1 text-sm">
            <p className="font-semibold text-amber-900">{t("commentWarning")}</p>
            <p className="text-slate-600">{t("commentHint", { max: COMMENT_MAX })}</p>
            {reviewComments && <p className="text-slate-600">{t("commentReviewed")}</p>}
          </div>
          {fieldError("comment")}
        </div>

        <div>
          <label className="flex items-start gap-2">
            <input type="checkbox" defaultChecked={initial.follow === true} {...form.register("follow")} aria-describedby="follow-hint" className="mt-1.5 size-4" />
            <span className="font-semibold">{t("follow")}</span>
          </label>
          <p id="follow-hint" className="ms-6 text-sm text-slate-600">
            {t("followHint")}
          </p>
        </div>

        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-700 px-5 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {pending ? t("submitting") : signedIn ? t("submit") : t("submitSignedOut")}
        </button>
        <p className="text-sm">
          <Link href="/privacy" className="text-brand-700 underline">
            {t("privacyLink")}
          </Link>
        </p>
      </form>
      {follow && <FollowForm slug={slug} locale={locale} following={follow.following} positionEmails={follow.positionEmails} />}
    </div>
  );
}
