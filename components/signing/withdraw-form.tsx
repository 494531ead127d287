"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { withdrawSignatureAction, type SignFormState } from "@/lib/actions/signatures";
import { FormStatus } from "@/components/signing/form-status";

// ifSigned: for a session that may not learn whether it signed (recent-sign-in.ts), the same
// withdrawal, worded so that it holds either way.
export function WithdrawForm({ slug, locale, ifSigned = false }: { slug: string; locale: string; ifSigned?: boolean }) {
  const t = useTranslations("SignForm");
  const [state, formAction, pending] = useActionState<SignFormState, FormData>(withdrawSignatureAction, { status: "idle" });
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
