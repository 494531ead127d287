"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { addTrackerEventAction, type AdminActionState } from "@/lib/actions/admin";
import { TARGET_STATUSES, trackerEventInput, type TrackerEventFormValues } from "@/lib/validation/campaign";
import { ActionMessage, Field, inputClass } from "./field";

export function TrackerForm({ campaignId, targets, today }: { campaignId: string; targets: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("Admin");
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(addTrackerEventAction, {});
  const defaults: TrackerEventFormValues = {
    campaignId,
    occurredOn: today,
    title: "",
    body: "",
    evidenceUrl: "",
    targetId: "",
    targetStatus: "",
    titleUg: "",
    bodyUg: "",
  };
  const form = useForm<TrackerEventFormValues>({ resolver: zodResolver(trackerEventInput), defaultValues: defaults });
  const { formRef, onSubmit } = useActionSubmit(form, formAction);
  const errorOf = (name: keyof TrackerEventFormValues) => form.formState.errors[name]?.message ?? state.fieldErrors?.[name];
  const field = (name: keyof TrackerEventFormValues) => ({
    id: `event-${name}`,
    ...form.register(name),
    "aria-invalid": errorOf(name) ? true : undefined,
    className: inputClass,
  });

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={onSubmit}
    >
      <input type="hidden" {...form.register("campaignId")} value={campaignId} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <ActionMessage error={state.error} ok={state.ok} okText={t("tracker.added")} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="event-occurredOn" label={t("tracker.date")} error={errorOf("occurredOn")}>
          <input type="date" dir="ltr" {...field("occurredOn")} defaultValue={today} />
        </Field>
        <Field id="event-evidenceUrl" label={t("tracker.evidenceUrl")} error={errorOf("evidenceUrl")}>
          <input type="url" dir="ltr" {...field("evidenceUrl")} />
        </Field>
        <Field id="event-title" label={t("tracker.titleField")} error={errorOf("title")}>
          <input dir="auto" {...field("title")} />
        </Field>
        <Field id="event-titleUg" label={t("tracker.titleUg")} error={errorOf("titleUg")}>
          <input lang="ug" dir="rtl" {...field("titleUg")} />
        </Field>
        <Field id="event-body" label={t("tracker.body")} error={errorOf("body")}>
          <textarea rows={3} dir="auto" {...field("body")} />
        </Field>
        <Field id="event-bodyUg" label={t("tracker.bodyUg")} error={errorOf("bodyUg")}>
          <textarea rows={3} lang="ug" dir="rtl" {...field("bodyUg")} />
        </Field>
        <Field id="event-targetId" label={t("tracker.target")} error={errorOf("targetId")}>
          <select {...field("targetId")}>
            <option value="">{t("tracker.none")}</option>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="event-targetStatus" label={t("tracker.targetStatus")} error={errorOf("targetStatus")}>
          <select {...field("targetStatus")}>
            <option value="">{t("tracker.unchanged")}</option>
            {TARGET_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`targetStatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {t("tracker.submit")}
      </button>
    </form>
  );
}
