"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setCommentHiddenAction } from "@/lib/actions/admin";
import type { ActionState } from "@/lib/actions/action-result";
import { SubmitButton } from "@/components/forms/submit-button";

export function ModerationToggle({ signatureId, campaignId, hidden }: { signatureId: string; campaignId: string; hidden: boolean }) {
  const t = useTranslations("Admin.moderation");
  const uiLocale = useLocale();
  const [, formAction, pending] = useActionState<ActionState, FormData>(setCommentHiddenAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="signatureId" value={signatureId} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="hidden" value={hidden ? "" : "on"} />
      <SubmitButton pending={pending} look="quiet" className="">
        {hidden ? t("unhide") : t("hide")}
      </SubmitButton>
    </form>
  );
}
