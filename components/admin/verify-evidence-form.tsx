"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { verifyEvidenceAction } from "@/lib/actions/tracker";
import type { AdminActionState } from "@/lib/actions/admin";
import { ActionMessage } from "./field";

// A second staff member confirms that the evidence supports the event. The button is offered to
// everyone on staff; the action refuses the person who recorded the evidence.
export function VerifyEvidenceForm({ campaignId, eventId, evidenceId }: { campaignId: string; eventId: string; evidenceId: string }) {
  const t = useTranslations("Admin.tracker");
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(verifyEvidenceAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <ActionMessage error={state.error} />
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {t("verify")}
      </button>
    </form>
  );
}
