"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setCommentReviewAction } from "@/lib/actions/comments";
import type { AdminActionState } from "@/lib/actions/admin";
import { ActionMessage } from "./field";

// Whether this campaign's named comments wait for review before they are public.
export function CommentReviewSetting({ campaignId, on }: { campaignId: string; on: boolean }) {
  const t = useTranslations("Admin.review");
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(setCommentReviewAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="campaignId" value={campaignId} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="reviewComments" defaultChecked={on} aria-describedby="review-setting-hint" className="mt-1.5 size-4" />
        <span className="font-semibold">{t("setting")}</span>
      </label>
      <p id="review-setting-hint" className="ms-6 text-sm text-slate-600">
        {t("settingHint")}
      </p>
      <button type="submit" disabled={pending} className="self-start rounded border border-slate-500 px-3 py-1 text-sm font-semibold disabled:opacity-70">
        {t("settingSave")}
      </button>
      <ActionMessage error={state.error} ok={state.ok} okText={t("settingSaved")} />
    </form>
  );
}
