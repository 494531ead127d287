"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setCommentReviewAction } from "@/lib/actions/comments";
import type { ActionState } from "@/lib/actions/action-result";
import { CheckboxField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActionMessage } from "./action-message";

// Whether this campaign's named comments wait for review before they are public.
export function CommentReviewSetting({ campaignId, on }: { campaignId: string; on: boolean }) {
  const t = useTranslations("Admin.review");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setCommentReviewAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="campaignId" value={campaignId} />
      <CheckboxField id="review-setting" label={t("setting")} hint={t("settingHint")}>
        {(control) => <input {...control} name="reviewComments" defaultChecked={on} />}
      </CheckboxField>
      <SubmitButton pending={pending} look="quiet">
        {t("settingSave")}
      </SubmitButton>
      <ActionMessage state={state} okText={t("settingSaved")} />
    </form>
  );
}
