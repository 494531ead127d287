import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { cellKey, type Tracker } from "@/lib/server/tracker/get-tracker";
import { DecisionMakerLabel } from "./decision-maker-label";
import { TrackerCellContent } from "./tracker-cell";

// The same record for narrow screens: each demand with its decision makers, one under another.
export function TrackerList({ tracker, locale }: { tracker: Tracker; locale: string }) {
  const t = useTranslations("Tracker");
  return (
    <div className="mt-8 flex flex-col gap-6 md:hidden">
      {tracker.campaigns.map((c) => (
        <section key={c.id} aria-labelledby={`demand-${c.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`demand-${c.id}`} className="text-lg font-bold">
            <Link href={`/campaigns/${c.slug}`} lang={c.lang} className="text-brand-800 underline">
              {c.title}
            </Link>
          </h2>
          <ul className="mt-3 flex flex-col gap-4">
            {tracker.decisionMakers
              .map((dm) => ({ dm, cell: tracker.cells.get(cellKey(dm.id, c.id)) }))
              .filter((x) => x.cell !== undefined)
              .map(({ dm, cell }) => (
                <li key={dm.id} className="border-t border-slate-200 pt-3">
                  <div className="mb-1">
                    <DecisionMakerLabel dm={dm} as="p" />
                  </div>
                  <TrackerCellContent cell={cell!} slug={c.slug} locale={locale} />
                </li>
              ))}
          </ul>
          {tracker.decisionMakers.every((dm) => !tracker.cells.has(cellKey(dm.id, c.id))) && <p className="mt-2 text-sm text-slate-700">{t("noDecisionMakers")}</p>}
        </section>
      ))}
    </div>
  );
}
