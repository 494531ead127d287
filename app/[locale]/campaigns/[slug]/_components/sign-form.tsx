"use client";

import { useEffect, useState } from "react";
import NextLink from "next/link";
import { checksResolver } from "@/components/forms/checks-resolver";
import { CheckboxField, Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { signCampaignAction, type WithdrawState } from "@/lib/actions/signatures";
import type { CountryOption } from "@/lib/validation/countries";
import type { SignatureFormValues } from "@/lib/validation/signature";
import { signatureChecks } from "@/lib/validation/signature-browser";
import { COMMENT_MAX, DISPLAY_NAME_MAX } from "@/lib/validation/signature-limits";
import { textsOf } from "@/lib/i18n/format-message";
import { localePath } from "@/lib/locale-path";
import { FollowForm } from "@/components/signing/follow-form";
import { FormStatus } from "@/components/signing/form-status";
import { publishCount } from "@/components/signing/live-counts";
import { SignedPanel } from "@/components/signing/signed-panel";
import type { SigningText } from "@/components/signing/signing-text";
// A pure module (no database): the threshold the form's promise names is the one enforced.
import { DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";

type Props = {
  slug: string;
  locale: string;
  // The words, and the country list in the reader's language, from the server: no messages
  // runtime and no table of country names in the browser's JavaScript (issue 13).
  text: SigningText;
  // Given for signed-in signers only (sign-panel.tsx): a visitor's form goes on to sign-in, and comes back filled
  // in for them to check, where the country is asked. The list is ~9 KB of every anonymous
  // campaign page otherwise (docs/decisions/020-light-pages.md).
  countries?: readonly CountryOption[];
  signedIn: boolean;
  reviewComments: boolean;
  defaultValues: SignatureFormValues;
  // For a signed-in visitor: whether they follow the campaign (the follow form sits under the form).
  follow?: { following: boolean; positionEmails: boolean };
};


// A plain form posting to the Server Action, so it works without JavaScript; with JavaScript,
// react-hook-form checks it first with the rules of the zod schema the server parses it with
// (lib/validation/signature-browser.ts, tested against it). Every field also carries its value
// as an HTML default, so the form is filled in before any script runs. Nothing is ticked in
// advance: showing a name and following are each the signer's own choice.
export function SignForm({ slug, locale, text, countries, signedIn, reviewComments, defaultValues, follow }: Props) {
  const t = textsOf(text.locale, text.sign);
  const { state, formAction, pending, form, formRef, onSubmit, errorOf, field, initial, formKey } = useActionForm({
    action: signCampaignAction,
    resolver: checksResolver(signatureChecks),
    defaults: defaultValues,
    // What a failed post sent back: text as typed, boxes ticked only if they were.
    fromValues: (values): SignatureFormValues => ({
      showName: values.showName === "on",
      displayName: values.displayName ?? "",
      country: values.country ?? "",
      comment: values.comment ?? "",
      follow: values.follow === "on",
    }),
    message: (key) => t(`errors.${key}` as "errors.displayNameRequired"),
    mode: "onTouched",
  });
  // After signing, the answer says how the signature stands and what the count is now: the
  // signer's panel takes the form's place and the page's count moves, with no new render of the
  // page (docs/decisions/014-signing-hot-path.md). Withdrawing from that panel brings the form back.
  const [withdrawn, setWithdrawn] = useState<{ from: typeof state; answer: WithdrawState } | null>(null);
  const shown = withdrawn && withdrawn.from === state ? withdrawn.answer : state;
  useEffect(() => {
    if (state?.ok) publishCount(slug, state.data.signatureCount);
  }, [state, slug]);
  const signer = shown?.ok && "signer" in shown.data ? shown.data.signer : undefined;

  if (signer) {
    return (
      <div className="flex flex-col gap-4">
        <FormStatus state={shown} text={text} />
        <SignedPanel slug={slug} locale={locale} text={text} signer={signer} onWithdrawn={(answer) => setWithdrawn({ from: state, answer })} />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <FormStatus state={shown} text={text} />
      <form key={formKey} ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="locale" value={locale} />

        <CheckboxField id="showName" label={t("showName")} hint={t("showNameHint")}>
          {(control) => <input {...control} defaultChecked={initial.showName === true} {...form.register("showName")} />}
        </CheckboxField>

        <Field id="displayName" label={t("displayName")} hint={t("displayNameHint")} error={errorOf("displayName")}>
          <input type="text" autoComplete="name" maxLength={DISPLAY_NAME_MAX} dir="auto" defaultValue={initial.displayName} {...field("displayName", { hint: true })} />
        </Field>

        {countries && (
          <Field id="country" label={t("country")} hint={t("countryHint", { n: DISCLOSURE_THRESHOLD })} error={errorOf("country")}>
            <select defaultValue={initial.country} {...field("country", { hint: true })}>
              <option value="">{t("countryNone")}</option>
              {countries.map(([code, name, lang]) => (
                <option key={code} value={code} lang={lang}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
        )}

        <Field
          id="comment"
          label={t("comment")}
          hint={
            <div className="flex flex-col gap-1">
              <p className="font-semibold text-amber-900">{t("commentWarning")}</p>
              <p>{t("commentHint", { max: COMMENT_MAX })}</p>
              {reviewComments && <p>{t("commentReviewed")}</p>}
            </div>
          }
          error={errorOf("comment")}
        >
          <textarea rows={3} maxLength={COMMENT_MAX} dir="auto" defaultValue={initial.comment} {...field("comment", { hint: true })} />
        </Field>

        <CheckboxField id="follow" label={t("follow")} hint={t("followHint")}>
          {(control) => <input {...control} defaultChecked={initial.follow === true} {...form.register("follow")} />}
        </CheckboxField>

        {!signedIn && <p className="text-sm text-slate-700">{t("countryAfterSignIn")}</p>}
        <SubmitButton pending={pending} pendingLabel={t("submitting")} look="large" className="">
          {signedIn ? t("submit") : t("submitSignedOut")}
        </SubmitButton>
        <p className="text-sm">
          <NextLink href={localePath(locale, "/privacy")} className="text-brand-700 underline">
            {t("privacyLink")}
          </NextLink>
        </p>
      </form>
      {follow && <FollowForm slug={slug} locale={locale} text={text} following={follow.following} positionEmails={follow.positionEmails} />}
    </div>
  );
}
