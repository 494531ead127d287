"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reviewCommentAction } from "@/lib/actions/comments";
import type { ActionState } from "@/lib/actions/action-result";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActionMessage } from "./action-message";

// Approve or reject one comment in the review queue; the pressed button says which.
export function CommentReviewButtons({ signatureId, label }: { signatureId: string; label: string }) {
  const t = useTranslations("Admin.review");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(reviewCommentAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label={label}>
      <input type="hidden" name="signatureId" value={signatureId} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} name="decision" value="approve" className="px-3 py-1 text-sm">
          {t("approve")}
        </SubmitButton>
        <SubmitButton pending={pending} name="decision" value="reject" look="danger" className="px-3 py-1 text-sm">
          {t("reject")}
        </SubmitButton>
      </div>
      <ActionMessage state={state?.ok ? null : state} />
    </form>
  );
}
