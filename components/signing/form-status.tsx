"use client";

import { useTranslations } from "next-intl";
import type { SignFormState } from "@/lib/actions/signatures";

// The outcome of the last submission, announced to screen readers as it changes.
export function FormStatus({ state }: { state: SignFormState }) {
  const t = useTranslations("SignForm");
  const messages: Partial<Record<SignFormState["status"], { text: string; tone: "good" | "bad" }>> = {
    signed: { text: t("signed"), tone: "good" },
    alreadySigned: { text: t("alreadySigned"), tone: "good" },
    withdrawn: { text: t("withdrawn"), tone: "good" },
    withdrawnIfSigned: { text: t("withdrawnIfSigned"), tone: "good" },
    notOpen: { text: t("notOpen"), tone: "bad" },
    notFound: { text: t("notFound"), tone: "bad" },
    rateLimited: { text: t("rateLimited", { minutes: state.retryAfter ?? 1 }), tone: "bad" },
    invalid: { text: t("invalid"), tone: "bad" },
  };
  const message = messages[state.status];
  return (
    <div role="status" aria-live="polite">
      {message && (
        <p
          className={`rounded p-3 font-semibold ${message.tone === "good" ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
