"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import type { SignState, WithdrawState } from "@/lib/actions/signatures";

const FAILURES = ["notOpen", "notFound", "invalid"] as const;

// The outcome of the last signing or withdrawal, announced to screen readers as it changes.
export function FormStatus({ state }: { state: SignState | WithdrawState }) {
  const t = useTranslations("SignForm");
  if (!state) return <FormMessage />;
  if (state.ok) return <FormMessage tone="good" message={t(state.data.outcome)} />;
  if (state.error === "rateLimited") return <FormMessage message={t("rateLimited", { minutes: state.retryAfter ?? 1 })} />;
  return <FormMessage message={t(FAILURES.find((f) => f === state.error) ?? "notFound")} />;
}
