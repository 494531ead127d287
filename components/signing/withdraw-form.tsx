"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { withdrawSignatureAction, type SignFormState } from "@/lib/actions/signatures";
import { FormStatus } from "@/components/signing/form-status";
import { publishCount } from "./live-counts";

// ifSigned: for a session that may not learn whether it signed (recent-sign-in.ts), the same
// withdrawal, worded so that it holds either way. onWithdrawn: told once it is done.
type Props = { slug: string; locale: string; ifSigned?: boolean; onWithdrawn?: () => void };

export function WithdrawForm({ slug, locale, ifSigned = false, onWithdrawn }: Props) {
  const t = useTranslations("SignForm");
  const [state, formAction, pending] = useActionState<SignFormState, FormData>(withdrawSignatureAction, { status: "idle" });
  useEffect(() => {
    if (state.status !== "withdrawn" && state.status !== "withdrawnIfSigned") return;
    if (state.signatureCount !== undefined) publishCount(slug, state.signatureCount);
    onWithdrawn?.();
  }, [state, slug, onWithdrawn]);
  return (
    <form action={formAction} className="mt-4 flex flex-col gap-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <FormStatus state={state} />
      <p className="text-sm text-slate-600">{t(ifSigned ? "withdrawIfSignedHint" : "withdrawHint")}</p>
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded border border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50 disabled:opacity-70"
      >
        {t(ifSigned ? "withdrawIfSigned" : "withdraw")}
      </button>
    </form>
  );
}
