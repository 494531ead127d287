import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { cellKey, type Tracker } from "@/lib/server/tracker/get-tracker";
import { DecisionMakerLabel } from "./decision-maker-label";
import { TrackerCellContent } from "./tracker-cell";

// The matrix for wide screens: a row per decision maker, a column per demand. It scrolls inside
// its own box when there are many demands, never the whole page.
export function TrackerTable({ tracker, locale }: { tracker: Tracker; locale: string }) {
  const t = useTranslations("Tracker");
  return (
    <div role="region" aria-labelledby="tracker-caption" tabIndex={0} className="mt-8 hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
      <table className="w-full border-collapse text-start">
        <caption id="tracker-caption" className="p-3 text-start font-bold">
          {t("caption")}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className="sticky start-0 min-w-40 bg-white p-3 text-start">
              {t("decisionMaker")}
            </th>
            {tracker.campaigns.map((c) => (
              <th key={c.id} scope="col" className="min-w-36 p-3 text-start text-sm">
                <Link href={`/campaigns/${c.slug}`} lang={c.lang} className="text-brand-800 underline">
                  {c.title}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tracker.decisionMakers.map((dm) => (
            <tr key={dm.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="sticky start-0 bg-white p-3 text-start font-normal">
                <DecisionMakerLabel dm={dm} />
              </th>
              {tracker.campaigns.map((c) => {
                const cell = tracker.cells.get(cellKey(dm.id, c.id));
                return (
                  <td key={c.id} className="p-3">
                    {cell ? (
                      <TrackerCellContent cell={cell} slug={c.slug} locale={locale} />
                    ) : (
                      <span className="text-slate-700">
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">{t("notAddressed")}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
