"use client";

import { useLocale, useTranslations } from "next-intl";
import { retractTrackerEventAction } from "@/lib/actions/tracker";
import { eventRetractionInput, type EventRetractionFormValues } from "@/lib/validation/tracker";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActionMessage } from "./action-message";
import { ReasonFields } from "./reason-fields";
import { useAdminForm, valuesToObject } from "./use-admin-form";

// Retracts an event in public, with a reason: it stays on the page struck through and moves no
// one's position any more.
export function RetractEventForm({ campaignId, eventId, ownLocale }: { campaignId: string; eventId: string; ownLocale: string }) {
  const t = useTranslations("Admin.tracker");
  const uiLocale = useLocale();
  const defaults: EventRetractionFormValues = { campaignId, eventId, reason: "" };
  const { state, formAction, pending, formRef, onSubmit, errorOf, field, initial, formKey } = useAdminForm<EventRetractionFormValues, Awaited<ReturnType<typeof retractTrackerEventAction>>>(
    eventRetractionInput,
    retractTrackerEventAction,
    defaults,
    (values) => ({ ...defaults, ...valuesToObject(values) }) as EventRetractionFormValues,
  );
  return (
    <form key={formKey} ref={formRef} action={formAction} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <ActionMessage state={state} />
      <ReasonFields prefix="retract" ownLocale={ownLocale} hint={t("retractHint")} field={field} errorOf={errorOf} initial={initial} />
      <SubmitButton pending={pending} look="danger">
        {t("retract")}
      </SubmitButton>
    </form>
  );
}
