"use client";

import { FormMessage } from "@/components/forms/form-message";
import { textsOf } from "@/lib/i18n/format-message";
import type { SignState, WithdrawState } from "@/lib/actions/signatures";
import type { SigningText } from "./signing-text";

const FAILURES = ["notOpen", "notFound", "invalid"] as const;

// The outcome of the last signing or withdrawal, announced to screen readers as it changes.
export function FormStatus({ state, text }: { state: SignState | WithdrawState; text: SigningText }) {
  const t = textsOf(text.locale, text.sign);
  if (!state) return <FormMessage />;
  if (state.ok) return <FormMessage tone="good" message={t(state.data.outcome)} />;
  if (state.error === "rateLimited") return <FormMessage message={t("rateLimited", { minutes: state.retryAfter ?? 1 })} />;
  return <FormMessage message={t(FAILURES.find((f) => f === state.error) ?? "notFound")} />;
}
