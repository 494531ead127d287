"use client";

import { useActionState, useId } from "react";
import { setFollowAction, type FollowState } from "@/lib/actions/follows";
import { CheckboxField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { textsOf } from "@/lib/i18n/format-message";
import type { SigningText } from "./signing-text";

// Follow or unfollow; emails about changes of position are a separate, explicit choice (never
// ticked in advance) that a follower can change at any time.
export function FollowForm({ slug, locale, text, following, positionEmails }: { slug: string; locale: string; text: SigningText; following: boolean; positionEmails: boolean }) {
  const t = textsOf(text.locale, text.follow);
  const [state, formAction, pending] = useActionState<FollowState, FormData>(setFollowAction, null);
  const emails = state?.ok && state.data.following ? state.data.positionEmails : positionEmails;
  const emailsId = useId();
  const hidden = (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  const choice = (
    <CheckboxField id={emailsId} label={t("positionEmails")}>
      {(control) => <input {...control} name="positionEmails" defaultChecked={following && emails} />}
    </CheckboxField>
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
        <SubmitButton pending={pending} look="secondary">
          {following ? t("saveChoice") : t("follow")}
        </SubmitButton>
      </form>
      {following && (
        <form action={formAction}>
          {hidden}
          <input type="hidden" name="follow" value="off" />
          <SubmitButton pending={pending} look="quiet" className="">
            {t("unfollow")}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
