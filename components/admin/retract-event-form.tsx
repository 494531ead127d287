"use client";

import { useLocale, useTranslations } from "next-intl";
import { retractTrackerEventAction } from "@/lib/actions/tracker";
import { eventRetractionInput, type EventRetractionFormValues } from "@/lib/validation/tracker";
import { ActionMessage, Field } from "./field";
import { useAdminForm } from "./use-admin-form";

// Retracts an event in public, with a reason: it stays on the page struck through and moves no
// one's position any more.
export function RetractEventForm({ campaignId, eventId }: { campaignId: string; eventId: string }) {
  const t = useTranslations("Admin.tracker");
  const uiLocale = useLocale();
  const defaults: EventRetractionFormValues = { campaignId, eventId, reason: "", reasonUg: "" };
  const { state, formAction, pending, formRef, onSubmit, errorOf, field, initial, formKey } = useAdminForm<EventRetractionFormValues>(
    eventRetractionInput,
    retractTrackerEventAction,
    defaults,
    (values) => ({ ...defaults, reason: values.reason ?? "", reasonUg: values.reasonUg ?? "" }),
  );
  return (
    <form key={formKey} ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <ActionMessage error={state.error} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="retract-reason" label={t("reason")} hint={t("retractHint")} error={errorOf("reason")}>
          <textarea rows={2} dir="auto" {...field("reason", { hint: true, id: "retract-reason" })} defaultValue={initial.reason} />
        </Field>
        <Field id="retract-reasonUg" label={t("reasonUg")} error={errorOf("reasonUg")}>
          <textarea rows={2} lang="ug" dir="rtl" {...field("reasonUg", { id: "retract-reasonUg" })} defaultValue={initial.reasonUg} />
        </Field>
      </div>
      <button type="submit" disabled={pending} className="self-start rounded border-2 border-red-800 px-5 py-2 font-bold text-red-900 hover:bg-red-50 disabled:opacity-70">
        {t("retract")}
      </button>
    </form>
  );
}
