import type { ReactNode } from "react";

const LOOKS = {
  primary: "rounded bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800",
  large: "rounded bg-brand-700 px-5 py-3 text-lg font-bold text-white hover:bg-brand-800",
  secondary: "rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50",
  quiet: "rounded border border-slate-400 px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100",
  danger: "rounded border border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50",
} as const;

// A form's button: disabled while its action runs (so a second press cannot post twice), with
// the words for that wait when the form has them. Without JavaScript it is a plain submit.
export function SubmitButton({
  pending = false,
  pendingLabel,
  look = "primary",
  className = "self-start",
  name,
  value,
  children,
}: {
  pending?: boolean;
  pendingLabel?: ReactNode;
  look?: keyof typeof LOOKS;
  className?: string;
  name?: string;
  value?: string;
  children: ReactNode;
}) {
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={`${LOOKS[look]} disabled:opacity-70 ${className}`}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
