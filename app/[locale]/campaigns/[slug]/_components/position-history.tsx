import { useFormatter, useTranslations } from "next-intl";
import { PositionBadge } from "@/components/tracker/position-badge";
import type { CampaignTargetView } from "@/lib/server/tracker/load-campaign-targets";
import { Section } from "@/components/section";

// Each decision maker's positions over time, oldest first, from "No response recorded" to now;
// every step links to the event it rests on.
export function PositionHistory({ targets }: { targets: CampaignTargetView[] }) {
  const t = useTranslations("Campaign");
  const format = useFormatter();
  if (targets.length === 0) return null;
  return (
    <Section id="history" heading={t("history")} className="mt-10">
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {targets.map((target) => (
          <section key={target.id} aria-labelledby={`history-${target.id}`} className="rounded border border-slate-200 bg-white p-4">
            <h3 id={`history-${target.id}`} className="font-bold">
              <bdi lang={target.decisionMaker.lang}>{target.decisionMaker.name}</bdi>
            </h3>
            <ol className="mt-2 flex flex-col gap-2">
              <li>
                <PositionBadge status="NO_RESPONSE" /> <span className="text-sm text-slate-700">{t("historyStart")}</span>
              </li>
              {target.history.map((step) => (
                <li key={step.eventId}>
                  <PositionBadge status={step.to} />{" "}
                  <a href={`#event-${step.eventId}`} className="text-sm text-brand-700 underline">
                    {t("since", { date: format.dateTime(step.since, { dateStyle: "long", timeZone: "UTC" }) })}
                  </a>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </Section>
  );
}
