"use client";

import { useLocale, useTranslations } from "next-intl";
import { retractTrackerEventAction } from "@/lib/actions/tracker";
import { eventRetractionInput, type EventRetractionFormValues } from "@/lib/validation/tracker";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActionMessage } from "./action-message";
import { useAdminForm } from "./use-admin-form";

// Retracts an event in public, with a reason: it stays on the page struck through and moves no
// one's position any more.
export function RetractEventForm({ campaignId, eventId }: { campaignId: string; eventId: string }) {
  const t = useTranslations("Admin.tracker");
  const uiLocale = useLocale();
  const defaults: EventRetractionFormValues = { campaignId, eventId, reason: "", reasonUg: "" };
  const { state, formAction, pending, formRef, onSubmit, errorOf, field, initial, formKey } = useAdminForm<EventRetractionFormValues, Awaited<ReturnType<typeof retractTrackerEventAction>>>(
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
      <ActionMessage state={state} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="retract-reason" label={t("reason")} hint={t("retractHint")} error={errorOf("reason")}>
          <textarea rows={2} dir="auto" {...field("reason", { hint: true, id: "retract-reason" })} defaultValue={initial.reason} />
        </Field>
        <Field id="retract-reasonUg" label={t("reasonUg")} error={errorOf("reasonUg")}>
          <textarea rows={2} lang="ug" dir="rtl" {...field("reasonUg", { id: "retract-reasonUg" })} defaultValue={initial.reasonUg} />
        </Field>
      </div>
      <SubmitButton pending={pending} look="danger">
        {t("retract")}
      </SubmitButton>
    </form>
  );
}
