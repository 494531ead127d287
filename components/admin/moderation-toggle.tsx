"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setCommentHiddenAction, type AdminActionState } from "@/lib/actions/admin";

export function ModerationToggle({ signatureId, campaignId, hidden }: { signatureId: string; campaignId: string; hidden: boolean }) {
  const t = useTranslations("Admin.moderation");
  const uiLocale = useLocale();
  const [, formAction, pending] = useActionState<AdminActionState, FormData>(setCommentHiddenAction, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="signatureId" value={signatureId} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="hidden" value={hidden ? "" : "on"} />
      <button type="submit" disabled={pending} className="rounded border border-slate-500 px-3 py-1 text-sm font-semibold">
        {hidden ? t("unhide") : t("hide")}
      </button>
    </form>
  );
}
