"use client";

import { useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { saveCampaignAction } from "@/lib/actions/admin";
import { MarkdownText } from "@/components/markdown";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { languages } from "@/i18n/routing";
import { BODY_MAX, campaignInput, canMove, CAMPAIGN_STATUSES, LOCALES, type CampaignFormValues } from "@/lib/validation/campaign";
import { LanguageOptions, useLanguageName } from "./language-names";
import { ActionMessage } from "./action-message";
import { useAdminForm, valuesToObject } from "./use-admin-form";

// Create and edit a campaign: one zod schema checks it here (react-hook-form) and in the
// Server Action; it also works as a plain form. Decision makers are linked on the campaign's page,
// and their positions move only through tracker events, never here. One set of text fields per
// language of i18n/routing.ts.
export function CampaignForm({ id, defaults }: { id?: string; defaults: CampaignFormValues }) {
  const t = useTranslations("Admin");
  const uiLocale = useLocale();
  const languageName = useLanguageName();
  const { state, formAction, pending, form, formRef, onSubmit, errorOf, field, initial, formKey } = useAdminForm<CampaignFormValues, Awaited<ReturnType<typeof saveCampaignAction>>>(
    campaignInput,
    saveCampaignAction,
    defaults,
    (values) => ({ ...defaults, ...valuesToObject(values) }) as CampaignFormValues,
  );
  const bodies = useWatch({ control: form.control, name: "text" });
  const current = defaults.status;

  const input = (path: string, props: { type?: string; dir?: "ltr" | "rtl" | "auto"; maxLength?: number; hint?: boolean } = {}) => {
    const { hint, ...rest } = props;
    return { ...field(path, { hint }), ...rest };
  };

  return (
    <form key={formKey} ref={formRef} action={formAction} noValidate className="flex flex-col gap-6" onSubmit={onSubmit}>
      {id && <input type="hidden" name="id" value={id} />}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <ActionMessage state={state} okText={t("saved")} />

      <div className="grid gap-4 md:grid-cols-2">
        <Field id="slug" label={t("form.slug")} hint={t("form.slugHint")} error={errorOf("slug")}>
          <input {...input("slug", { dir: "ltr", hint: true })} defaultValue={initial.slug} />
        </Field>
        <Field id="locale" label={t("form.locale")} error={errorOf("locale")}>
          <select {...input("locale")} defaultValue={initial.locale}>
            <LanguageOptions />
          </select>
        </Field>
        <Field id="goal" label={t("form.goal")} error={errorOf("goal")}>
          <input {...input("goal", { dir: "ltr" })} inputMode="numeric" defaultValue={initial.goal} />
        </Field>
        {id ? (
          <Field id="status" label={t("form.status")} hint={t("form.statusHint")} error={errorOf("status")}>
            <select {...input("status", { hint: true })} defaultValue={initial.status}>
              {CAMPAIGN_STATUSES.filter((s) => canMove(current, s)).map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <input type="hidden" {...form.register("status")} value="DRAFT" />
        )}
        <Field id="opensAt" label={t("form.opensAt")} hint={t("form.dateHint")} error={errorOf("opensAt")}>
          <input {...input("opensAt", { type: "date", dir: "ltr", hint: true })} defaultValue={initial.opensAt} />
        </Field>
        <Field id="closesAt" label={t("form.closesAt")} hint={t("form.dateHint")} error={errorOf("closesAt")}>
          <input {...input("closesAt", { type: "date", dir: "ltr", hint: true })} defaultValue={initial.closesAt} />
        </Field>
      </div>

      <fieldset className="rounded border border-slate-300 p-4">
        <legend className="px-1 font-bold">{t("form.source")}</legend>
        <p className="text-sm text-slate-600">{t("form.sourceHint")}</p>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <Field id="sourceTitle" label={t("form.sourceTitle")} error={errorOf("sourceTitle")}>
            <input {...input("sourceTitle", { dir: "auto" })} defaultValue={initial.sourceTitle} />
          </Field>
          <Field id="sourcePublisher" label={t("form.sourcePublisher")} error={errorOf("sourcePublisher")}>
            <input {...input("sourcePublisher", { dir: "auto" })} defaultValue={initial.sourcePublisher} />
          </Field>
          <Field id="sourceDate" label={t("form.sourceDate")} hint={t("form.sourceDateHint")} error={errorOf("sourceDate")}>
            <input {...input("sourceDate", { dir: "ltr", hint: true })} defaultValue={initial.sourceDate} />
          </Field>
          <Field id="sourceUrl" label={t("form.sourceUrl")} error={errorOf("sourceUrl")}>
            <input {...input("sourceUrl", { type: "url", dir: "ltr" })} defaultValue={initial.sourceUrl} />
          </Field>
        </div>
      </fieldset>

      {LOCALES.map((l) => (
        <fieldset key={l} className="rounded border border-slate-300 p-4">
          <legend className="px-1 font-bold">
            {t("form.textIn", { language: languageName(l) })}
          </legend>
          <p className="text-sm text-slate-600">
            {t("form.textHint")}
          </p>
          <div className="mt-3 flex flex-col gap-3">
            <Field id={`text.${l}.title`} label={t("form.titleField")} error={errorOf(`text.${l}.title`)}>
              <input {...input(`text.${l}.title`)} lang={l} dir={languages[l].dir} defaultValue={initial.text[l].title} />
            </Field>
            <Field id={`text.${l}.summary`} label={t("form.summary")} error={errorOf(`text.${l}.summary`)}>
              <textarea {...input(`text.${l}.summary`)} lang={l} dir={languages[l].dir} rows={2} defaultValue={initial.text[l].summary} />
            </Field>
            <Field id={`text.${l}.body`} label={t("form.body")} error={errorOf(`text.${l}.body`)}>
              <textarea
                {...input(`text.${l}.body`, { maxLength: BODY_MAX })}
                lang={l}
                dir={languages[l].dir}
                rows={10}
                defaultValue={initial.text[l].body}
              />
            </Field>
            <details className="rounded bg-slate-50 p-3">
              <summary className="cursor-pointer font-semibold">
                {t("form.preview")}
              </summary>
              <div className="mt-2">
                <MarkdownText lang={l}>{bodies?.[l]?.body ?? ""}</MarkdownText>
              </div>
            </details>
          </div>
        </fieldset>
      ))}

      <SubmitButton pending={pending} pendingLabel={t("form.saving")}>
        {id ? t("form.save") : t("form.create")}
      </SubmitButton>
    </form>
  );
}
