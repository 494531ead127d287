"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useActionState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { saveCampaignAction, type AdminActionState } from "@/lib/actions/admin";
import { MarkdownText } from "@/components/markdown";
import { BODY_MAX, campaignInput, canMove, CAMPAIGN_STATUSES, LOCALES, type CampaignFormValues } from "@/lib/validation/campaign";
import { LANGUAGE_NAMES, LanguageOptions } from "./language-names";
import { ActionMessage, describedBy, Field, inputClass } from "./field";

// Create and edit a campaign: one zod schema checks it here (react-hook-form) and in the
// Server Action; it also works as a plain form. Decision makers are linked on the campaign's page,
// and their positions move only through tracker events, never here.
export function CampaignForm({ id, defaults }: { id?: string; defaults: CampaignFormValues }) {
  const t = useTranslations("Admin");
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(saveCampaignAction, {});
  const form = useForm<CampaignFormValues>({ resolver: zodResolver(campaignInput), defaultValues: defaults });
  const { formRef, onSubmit } = useActionSubmit(form, formAction);
  const errorOf = (path: string): string | undefined => {
    const parts = path.split(".");
    let node: unknown = form.formState.errors;
    for (const part of parts) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    const message = node && typeof node === "object" && "message" in node ? (node as { message?: string }).message : undefined;
    return message ?? state.fieldErrors?.[path];
  };
  const bodies = useWatch({ control: form.control, name: "text" });
  const current = defaults.status;

  const input = (path: string, props: { type?: string; dir?: "ltr" | "rtl" | "auto"; maxLength?: number } = {}) => {
    const error = errorOf(path);
    return {
      id: path,
      ...form.register(path as "slug"),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy(path, false, error),
      className: inputClass,
      ...props,
    };
  };

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="flex flex-col gap-6"
      onSubmit={onSubmit}
    >
      {id && <input type="hidden" name="id" value={id} />}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <ActionMessage error={state.error} ok={state.ok} okText={t("saved")} />

      <div className="grid gap-4 md:grid-cols-2">
        <Field id="slug" label={t("form.slug")} hint={t("form.slugHint")} error={errorOf("slug")}>
          <input {...input("slug", { dir: "ltr" })} defaultValue={defaults.slug} aria-describedby={describedBy("slug", true, errorOf("slug"))} />
        </Field>
        <Field id="locale" label={t("form.locale")} error={errorOf("locale")}>
          <select {...input("locale")} defaultValue={defaults.locale}>
            <LanguageOptions />
          </select>
        </Field>
        <Field id="goal" label={t("form.goal")} error={errorOf("goal")}>
          <input {...input("goal", { dir: "ltr" })} inputMode="numeric" defaultValue={defaults.goal} />
        </Field>
        {id ? (
          <Field id="status" label={t("form.status")} hint={t("form.statusHint")} error={errorOf("status")}>
            <select {...input("status")} defaultValue={defaults.status} aria-describedby={describedBy("status", true, errorOf("status"))}>
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
          <input {...input("opensAt", { type: "date", dir: "ltr" })} defaultValue={defaults.opensAt} />
        </Field>
        <Field id="closesAt" label={t("form.closesAt")} hint={t("form.dateHint")} error={errorOf("closesAt")}>
          <input {...input("closesAt", { type: "date", dir: "ltr" })} defaultValue={defaults.closesAt} />
        </Field>
      </div>

      <fieldset className="rounded border border-slate-300 p-4">
        <legend className="px-1 font-bold">{t("form.source")}</legend>
        <p className="text-sm text-slate-600">{t("form.sourceHint")}</p>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <Field id="sourceTitle" label={t("form.sourceTitle")} error={errorOf("sourceTitle")}>
            <input {...input("sourceTitle", { dir: "auto" })} defaultValue={defaults.sourceTitle} />
          </Field>
          <Field id="sourcePublisher" label={t("form.sourcePublisher")} error={errorOf("sourcePublisher")}>
            <input {...input("sourcePublisher", { dir: "auto" })} defaultValue={defaults.sourcePublisher} />
          </Field>
          <Field id="sourceDate" label={t("form.sourceDate")} hint={t("form.sourceDateHint")} error={errorOf("sourceDate")}>
            <input {...input("sourceDate", { dir: "ltr" })} defaultValue={defaults.sourceDate} aria-describedby={describedBy("sourceDate", true, errorOf("sourceDate"))} />
          </Field>
          <Field id="sourceUrl" label={t("form.sourceUrl")} error={errorOf("sourceUrl")}>
            <input {...input("sourceUrl", { type: "url", dir: "ltr" })} defaultValue={defaults.sourceUrl} />
          </Field>
        </div>
      </fieldset>

      {LOCALES.map((l) => (
        <fieldset key={l} className="rounded border border-slate-300 p-4">
          <legend className="px-1 font-bold">
            {t("form.textIn", { language: LANGUAGE_NAMES[l] })}
          </legend>
          <p className="text-sm text-slate-600">
            {t("form.textHint")}
          </p>
          <div className="mt-3 flex flex-col gap-3">
            <Field id={`text.${l}.title`} label={t("form.titleField")} error={errorOf(`text.${l}.title`)}>
              <input {...input(`text.${l}.title`)} lang={l} dir={l === "ug" ? "rtl" : "ltr"} defaultValue={defaults.text[l].title} />
            </Field>
            <Field id={`text.${l}.summary`} label={t("form.summary")} error={errorOf(`text.${l}.summary`)}>
              <textarea {...input(`text.${l}.summary`)} lang={l} dir={l === "ug" ? "rtl" : "ltr"} rows={2} defaultValue={defaults.text[l].summary} />
            </Field>
            <Field id={`text.${l}.body`} label={t("form.body")} error={errorOf(`text.${l}.body`)}>
              <textarea
                {...input(`text.${l}.body`, { maxLength: BODY_MAX })}
                lang={l}
                dir={l === "ug" ? "rtl" : "ltr"}
                rows={10}
                defaultValue={defaults.text[l].body}
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

      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-6 py-3 font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? t("form.saving") : id ? t("form.save") : t("form.create")}
      </button>
    </form>
  );
}
