"use client";

import { useActionState, useEffect } from "react";
import { withdrawSignatureAction, type WithdrawState } from "@/lib/actions/signatures";
import { FormStatus } from "@/components/signing/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { textsOf } from "@/lib/i18n/format-message";
import { publishCount } from "./live-counts";
import type { SigningText } from "./signing-text";

// ifSigned: for a session that may not learn whether it signed (recent-sign-in.ts), the same
// withdrawal, worded so that it holds either way. onWithdrawn: told once it is done.
type Props = { slug: string; locale: string; text: SigningText; ifSigned?: boolean; onWithdrawn?: (state: WithdrawState) => void };

export function WithdrawForm({ slug, locale, text, ifSigned = false, onWithdrawn }: Props) {
  const t = textsOf(text.locale, text.sign);
  const [state, formAction, pending] = useActionState<WithdrawState, FormData>(withdrawSignatureAction, null);
  useEffect(() => {
    if (!state?.ok) return;
    publishCount(slug, state.data.signatureCount);
    onWithdrawn?.(state);
  }, [state, slug, onWithdrawn]);
  return (
    <form action={formAction} className="mt-4 flex flex-col gap-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <FormStatus state={state} text={text} />
      <p className="text-sm text-slate-600">{t(ifSigned ? "withdrawIfSignedHint" : "withdrawHint")}</p>
      <SubmitButton pending={pending} look="danger">
        {t(ifSigned ? "withdrawIfSigned" : "withdraw")}
      </SubmitButton>
    </form>
  );
}
