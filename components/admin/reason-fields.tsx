"use client";

import { useTranslations } from "next-intl";
import { languages } from "@/i18n/routing";
import { Field } from "@/components/forms/field";
import { knownLocale, otherLocales } from "@/lib/validation/locales";
import { useLanguageName } from "./language-names";

type Control = (path: string, options?: { hint?: boolean; id?: string }) => Record<string, unknown>;

// The reason for a correction or a retraction (shown in public), in the campaign's language,
// and its translation into every other language of i18n/routing.ts. `prefix` keeps the ids of
// two forms on one page apart.
export function ReasonFields({
  prefix,
  ownLocale,
  hint,
  field,
  errorOf,
  initial,
}: {
  prefix: string;
  ownLocale: string;
  hint: string;
  field: Control;
  errorOf: (path: string) => string | undefined;
  initial: { reason?: string; reasonTranslations?: Partial<Record<string, string>> };
}) {
  const t = useTranslations("Admin.tracker");
  const languageName = useLanguageName();
  const own = knownLocale(ownLocale);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={`${prefix}-reason`} label={t("reason")} hint={hint} error={errorOf("reason")}>
        <textarea rows={2} lang={own} dir={languages[own].dir} {...field("reason", { hint: true, id: `${prefix}-reason` })} defaultValue={initial.reason} />
      </Field>
      {otherLocales(own).map((l) => {
        const [path, id] = [`reasonTranslations.${l}`, `${prefix}-reasonTranslations.${l}`];
        return (
          <Field key={l} id={id} label={t("reasonIn", { language: languageName(l) })} error={errorOf(path)}>
            <textarea rows={2} lang={l} dir={languages[l].dir} {...field(path, { id })} defaultValue={initial.reasonTranslations?.[l]} />
          </Field>
        );
      })}
    </div>
  );
}
