import { useFormatter, useTranslations } from "next-intl";

export function SignatureProgress({ count, goal, size = "md" }: { count: number; goal: number; size?: "md" | "lg" }) {
  const t = useTranslations("Count");
  const format = useFormatter();
  const percent = goal > 0 ? Math.min(100, Math.floor((count / goal) * 100)) : 0;
  const countText = format.number(count);
  const goalText = format.number(goal);
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
        aria-valuenow={Math.min(count, goal)}
        className="mt-2 h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-600">{t("percent", { percent: format.number(percent) })}</p>
    </div>
  );
}
