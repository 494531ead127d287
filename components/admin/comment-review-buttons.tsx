"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reviewCommentAction } from "@/lib/actions/comments";
import type { AdminActionState } from "@/lib/actions/admin";
import { ActionMessage } from "./field";

// Approve or reject one comment in the review queue; the pressed button says which.
export function CommentReviewButtons({ signatureId, label }: { signatureId: string; label: string }) {
  const t = useTranslations("Admin.review");
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(reviewCommentAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label={label}>
      <input type="hidden" name="signatureId" value={signatureId} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="approve" disabled={pending} className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-70">
          {t("approve")}
        </button>
        <button type="submit" name="decision" value="reject" disabled={pending} className="rounded border border-red-800 px-3 py-1 text-sm font-semibold text-red-900 disabled:opacity-70">
          {t("reject")}
        </button>
      </div>
      <ActionMessage error={state.error} />
    </form>
  );
}
