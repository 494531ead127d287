"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { verifyEvidenceAction, type TrackerState } from "@/lib/actions/tracker";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActionMessage } from "./action-message";

// A second staff member confirms that the evidence supports the event. The button is offered to
// everyone on staff; the action refuses the person who recorded the evidence.
export function VerifyEvidenceForm({ campaignId, eventId, evidenceId }: { campaignId: string; eventId: string; evidenceId: string }) {
  const t = useTranslations("Admin.tracker");
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState<TrackerState, FormData>(verifyEvidenceAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <ActionMessage state={state} />
      <SubmitButton pending={pending}>{t("verify")}</SubmitButton>
    </form>
  );
}
