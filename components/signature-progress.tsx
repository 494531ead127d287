import { formatNumber, textsOf } from "@/lib/i18n/format-message";
import type { CountText } from "@/components/signing/signing-text";
import { progressFigures } from "@/lib/signing/progress-figures";

// Drawn by server components (campaign cards) and by the campaign page's live count in the
// browser alike: no hooks, its words handed in (lib/i18n/format-message.ts formats them).
export function SignatureProgress({ count, goal, size = "md", text }: { count: number; goal: number; size?: "md" | "lg"; text: CountText }) {
  const t = textsOf(text.locale, text.count);
  const { percent, valueNow } = progressFigures(count, goal);
  const countText = formatNumber(text.locale, count);
  const goalText = formatNumber(text.locale, goal);
  return (
    <div>
      <p className={size === "lg" ? "text-3xl font-bold" : "text-lg font-semibold"}>
        <span data-testid="signature-count" data-count={count}>
          {t("signatures", { count })}
        </span>
        <span className="ms-2 text-base font-normal text-slate-600">{t("ofGoal", { goal: goalText })}</span>
      </p>
      <div
        role="progressbar"
        aria-label={t("progressLabel", { count: countText, goal: goalText })}
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={valueNow}
        className="mt-2 h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-600" data-progress-percent="">{t("percent", { percent: formatNumber(text.locale, percent) })}</p>
    </div>
  );
}
