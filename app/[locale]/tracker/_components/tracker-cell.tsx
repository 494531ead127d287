import { useFormatter, useTranslations } from "next-intl";
import { PositionBadge } from "@/components/tracker/position-badge";
import { localePath } from "@/lib/locale-path";
import type { TrackerCell } from "@/lib/server/tracker/get-tracker";
import { isHttpUrl } from "@/lib/validation/url";

// One decision maker's position on one demand: the position, since when (linked to the event it
// rests on), and the evidence of that event.
export function TrackerCellContent({ cell, slug, locale }: { cell: TrackerCell; slug: string; locale: string }) {
  const t = useTranslations("Tracker");
  const format = useFormatter();
  const evidence = cell.evidence;
  return (
    <div className="flex flex-col items-start gap-1">
      <PositionBadge status={cell.status} />
      {cell.since && cell.event ? (
        <a href={`${localePath(locale, `/campaigns/${slug}`)}#event-${cell.event.id}`} className="text-sm text-brand-700 underline">
          {t("since", { date: format.dateTime(cell.since, { dateStyle: "medium", timeZone: "UTC" }) })}
        </a>
      ) : (
        <span className="text-sm text-slate-700">{t("noEvent")}</span>
      )}
      {evidence && evidence.kind !== "LINK" && evidence.sha256 && (
        <a href={`/api/evidence/${evidence.id}`} className="text-sm text-brand-700 underline" title={`SHA-256 ${evidence.sha256}`}>
          {t("archivedCopy")}
        </a>
      )}
      {evidence && evidence.kind === "LINK" && evidence.url && isHttpUrl(evidence.url) && (
        <a href={evidence.url} rel="nofollow noopener noreferrer" className="text-sm text-brand-700 underline">
          {t("sourceNotArchived")}
        </a>
      )}
    </div>
  );
}
