"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { failureOf, type ActionState, type ErrorCode } from "@/lib/actions/action-result";

// A staff form's outcome: its failure in the Admin.errors words, or its success words.
export function ActionMessage({ state, okText }: { state: ActionState<unknown, ErrorCode, unknown>; okText?: string }) {
  const t = useTranslations("Admin.errors");
  const failure = failureOf(state);
  if (failure) return <FormMessage message={t(failure.error as "invalid")} />;
  return <FormMessage message={state?.ok ? okText : undefined} tone="good" />;
}
