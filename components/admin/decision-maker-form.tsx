"use client";

import { useLocale, useTranslations } from "next-intl";
import { saveDecisionMakerAction } from "@/lib/actions/decision-makers";
import { decisionMakerInput, type DecisionMakerFormValues } from "@/lib/validation/decision-maker";
import { LOCALES } from "@/lib/validation/locales";
import { languages } from "@/i18n/routing";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { LanguageOptions, useLanguageName } from "./language-names";
import { ActionMessage } from "./action-message";
import { useAdminForm, valuesToObject } from "./use-admin-form";

const FIELDS = ["name", "title", "institution", "jurisdiction"] as const;

// Create or edit a decision maker, in every language the site speaks, so that no page shows them
// untranslated where a translation exists.
export function DecisionMakerForm({ id, defaults }: { id?: string; defaults: DecisionMakerFormValues }) {
  const t = useTranslations("Admin.decisionMakers");
  const uiLocale = useLocale();
  const languageName = useLanguageName();
  const { state, formAction, pending, formRef, onSubmit, errorOf, field, initial, formKey } = useAdminForm<DecisionMakerFormValues, Awaited<ReturnType<typeof saveDecisionMakerAction>>>(
    decisionMakerInput,
    saveDecisionMakerAction,
    defaults,
    (values) => ({ ...defaults, ...valuesToObject(values) }) as DecisionMakerFormValues,
  );
  return (
    <form key={formKey} ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      {id && <input type="hidden" name="id" value={id} />}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <ActionMessage state={state} />
      <Field id="locale" label={t("locale")} error={errorOf("locale")}>
        <select {...field("locale")} defaultValue={initial.locale}>
          <LanguageOptions />
        </select>
      </Field>
      {LOCALES.map((l) => (
        <fieldset key={l} className="rounded border border-slate-300 p-4">
          <legend className="px-1 font-bold">{t("textIn", { language: languageName(l) })}</legend>
          <p className="text-sm text-slate-600">{t("textHint")}</p>
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            {FIELDS.map((name) => (
              <Field key={name} id={`text.${l}.${name}`} label={t(name)} error={errorOf(`text.${l}.${name}`)}>
                <input {...field(`text.${l}.${name}`)} lang={l} dir={languages[l].dir} defaultValue={initial.text[l][name]} />
              </Field>
            ))}
          </div>
        </fieldset>
      ))}
      <SubmitButton pending={pending}>{id ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
