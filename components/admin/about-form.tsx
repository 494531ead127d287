"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveAboutPageAction } from "@/lib/actions/site-pages";
import type { ActionState } from "@/lib/actions/action-result";
import { Field, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { languages } from "@/i18n/routing";
import { LOCALES, type LocaleValue } from "@/lib/validation/locales";
import { SITE_PAGE_MAX } from "@/lib/validation/site-page";
import { useLanguageName } from "./language-names";

// The /about text in every language of the site. A plain form posting to the Server Action: it
// works without JavaScript, and the server checks the same schema.
export function AboutForm({ defaults }: { defaults: Record<LocaleValue, string> }) {
  const t = useTranslations("SitePages");
  const languageName = useLanguageName();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(saveAboutPageAction, null);
  const failure = state && !state.ok ? state : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage message={state?.ok ? t("saved") : failure?.error === "notFound" ? t("errors.notFound") : undefined} tone={state?.ok ? "good" : "bad"} />
      {LOCALES.map((locale) => {
        const error = failure?.fieldErrors?.[locale];
        return (
          <Field key={locale} id={`about-${locale}`} label={t("textIn", { language: languageName(locale) })} error={error ? t(`errors.${error}` as "errors.tooLong") : undefined}>
            {(control) => (
              <textarea {...control} name={locale} rows={12} lang={locale} dir={languages[locale].dir} maxLength={SITE_PAGE_MAX} defaultValue={failure?.values?.[locale] ?? defaults[locale]} className={inputClass} />
            )}
          </Field>
        );
      })}
      <SubmitButton pending={pending}>{t("save")}</SubmitButton>
    </form>
  );
}
