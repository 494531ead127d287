import { useFormatter, useTranslations } from "next-intl";
import { joinParts } from "@/components/tracker/join-parts";
import { PositionBadge } from "@/components/tracker/position-badge";
import type { CampaignTargetView } from "@/lib/server/tracker/load-campaign-targets";
import { Section } from "@/components/section";

// Who the demand is addressed to, in the reader's language, and where it stands with each:
// the position of the latest event on the record, since when, linked to that event.
export function TargetList({ targets }: { targets: CampaignTargetView[] }) {
  const t = useTranslations("Campaign");
  const format = useFormatter();
  return (
    <Section id="targets" heading={t("targets")} size="small">
      <ul className="mt-3 flex flex-col gap-3">
        {targets.map((target) => {
          const dm = target.decisionMaker;
          const detail = joinParts([dm.title, dm.institution, dm.jurisdiction !== dm.institution ? dm.jurisdiction : ""], dm.lang);
          return (
            <li key={target.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="font-semibold">
                <bdi lang={dm.lang}>{dm.name}</bdi>
              </p>
              {detail && (
                <p className="text-sm text-slate-700">
                  <bdi lang={dm.lang}>{detail}</bdi>
                </p>
              )}
              <p className="mt-1">
                <PositionBadge status={target.status} />
              </p>
              {target.since && target.eventId && (
                <p className="mt-1 text-sm">
                  <a href={`#event-${target.eventId}`} className="text-brand-700 underline">
                    {t("since", { date: format.dateTime(target.since, { dateStyle: "long", timeZone: "UTC" }) })}
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
