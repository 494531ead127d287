"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setFollowAction, type FollowState } from "@/lib/actions/follows";

export function FollowForm({ slug, locale, following }: { slug: string; locale: string; following: boolean }) {
  const t = useTranslations("Follow");
  const [, formAction, pending] = useActionState<FollowState, FormData>(setFollowAction, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="follow" value={following ? "off" : "on"} />
      <p className="text-sm text-slate-700" role="status">
        {following ? t("following") : t("notFollowing")}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70"
      >
        {following ? t("unfollow") : t("follow")}
      </button>
    </form>
  );
}
