import { useTranslations } from "next-intl";
import type { TargetStatusValue } from "@/lib/validation/tracker";

// Colour only repeats the words (never the only cue); every pairing passes WCAG AA contrast.
const STYLES: Record<TargetStatusValue, string> = {
  NO_RESPONSE: "bg-slate-100 text-slate-800",
  ACKNOWLEDGED: "bg-sky-100 text-sky-900",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  COMMITTED: "bg-emerald-100 text-emerald-900",
  ACHIEVED: "bg-green-200 text-green-950",
  DECLINED_FOR_NOW: "bg-orange-100 text-orange-950",
  REJECTED: "bg-red-100 text-red-900",
};

export function PositionBadge({ status }: { status: TargetStatusValue }) {
  const t = useTranslations("TargetStatus");
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${STYLES[status]}`}>{t(status)}</span>;
}
