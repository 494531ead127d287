"use client";

import { useLocale, useTranslations } from "next-intl";
import { saveDecisionMakerAction } from "@/lib/actions/decision-makers";
import { decisionMakerInput, type DecisionMakerFormValues } from "@/lib/validation/decision-maker";
import { LOCALES } from "@/lib/validation/fields";
import { LANGUAGE_NAMES, LanguageOptions } from "./language-names";
import { ActionMessage, Field } from "./field";
import { useAdminForm, valuesToObject } from "./use-admin-form";

const FIELDS = ["name", "title", "institution", "jurisdiction"] as const;

// Create or edit a decision maker, in every language the site speaks, so that no page shows them
// untranslated where a translation exists.
export function DecisionMakerForm({ id, defaults }: { id?: string; defaults: DecisionMakerFormValues }) {
  const t = useTranslations("Admin.decisionMakers");
  const uiLocale = useLocale();
  const { state, formAction, pending, formRef, onSubmit, errorOf, field, initial, formKey } = useAdminForm<DecisionMakerFormValues>(
    decisionMakerInput,
    saveDecisionMakerAction,
    defaults,
    (values) => ({ ...defaults, ...valuesToObject(values) }) as DecisionMakerFormValues,
  );
  return (
    <form key={formKey} ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      {id && <input type="hidden" name="id" value={id} />}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <ActionMessage error={state.error} />
      <Field id="locale" label={t("locale")} error={errorOf("locale")}>
        <select {...field("locale")} defaultValue={initial.locale}>
          <LanguageOptions />
        </select>
      </Field>
      {LOCALES.map((l) => (
        <fieldset key={l} className="rounded border border-slate-300 p-4">
          <legend className="px-1 font-bold">{t("textIn", { language: LANGUAGE_NAMES[l] })}</legend>
          <p className="text-sm text-slate-600">{t("textHint")}</p>
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            {FIELDS.map((name) => (
              <Field key={name} id={`text.${l}.${name}`} label={t(name)} error={errorOf(`text.${l}.${name}`)}>
                <input {...field(`text.${l}.${name}`)} lang={l} dir={l === "ug" ? "rtl" : "ltr"} defaultValue={initial.text[l][name]} />
              </Field>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-6 py-3 font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {id ? t("save") : t("create")}
      </button>
    </form>
  );
}
