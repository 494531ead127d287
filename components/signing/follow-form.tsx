"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setFollowAction, type FollowState } from "@/lib/actions/follows";

// Follow or unfollow; emails about changes of position are a separate, explicit choice (never
// ticked in advance) that a follower can change at any time.
export function FollowForm({ slug, locale, following, positionEmails }: { slug: string; locale: string; following: boolean; positionEmails: boolean }) {
  const t = useTranslations("Follow");
  const [state, formAction, pending] = useActionState<FollowState, FormData>(setFollowAction, { status: "idle" });
  const emails = state.status === "following" ? state.positionEmails === true : positionEmails;
  const hidden = (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  const choice = (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" name="positionEmails" defaultChecked={following && emails} className="mt-1 size-4" />
      <span>{t("positionEmails")}</span>
    </label>
  );
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700" role="status">
        {following ? t("following") : t("notFollowing")}
      </p>
      {/* Keyed by the saved choice, so the box shows it again after every save. */}
      <form key={`${following}-${emails}`} action={formAction} className="flex flex-col gap-2">
        {hidden}
        <input type="hidden" name="follow" value="on" />
        {choice}
        <button
          type="submit"
          disabled={pending}
          className="self-start rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70"
        >
          {following ? t("saveChoice") : t("follow")}
        </button>
      </form>
      {following && (
        <form action={formAction}>
          {hidden}
          <input type="hidden" name="follow" value="off" />
          <button type="submit" disabled={pending} className="rounded border border-slate-400 px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-70">
            {t("unfollow")}
          </button>
        </form>
      )}
    </div>
  );
}
