import type { ReactNode } from "react";

const TONES = { good: "bg-green-50 text-green-900", bad: "bg-red-50 text-red-900", warn: "bg-amber-50 text-amber-950" } as const;
export type Tone = keyof typeof TONES;

// The outcome of a form's last submission. The live region is always in the page, so a
// message put into it is announced; with no message it is empty.
export function FormMessage({ message, tone = "bad", children }: { message?: ReactNode; tone?: Tone; children?: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      {message ? <p className={`rounded p-3 font-semibold ${TONES[tone]}`}>{message}</p> : null}
      {children}
    </div>
  );
}
