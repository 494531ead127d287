"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

// A labelled form field with its hint and error, wired for screen readers.
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  const t = useTranslations("Admin.errors");
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {t(error as "required")}
        </p>
      )}
    </div>
  );
}

export const inputClass = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

export { describedBy } from "@/components/forms/described-by";

export function ActionMessage({ error, okText, ok }: { error?: string; okText?: string; ok?: boolean }) {
  const t = useTranslations("Admin.errors");
  return (
    <div role="status" aria-live="polite">
      {error && <p className="rounded bg-red-50 p-3 font-semibold text-red-900">{t(error as "invalid")}</p>}
      {ok && okText && <p className="rounded bg-green-50 p-3 font-semibold text-green-900">{okText}</p>}
    </div>
  );
}
