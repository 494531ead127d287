import { useFormatter, useTranslations } from "next-intl";
import { isHttpUrl } from "@/lib/validation/url";
import type { PublicCampaign } from "@/lib/server/campaigns/get-public-campaign";

export function Timeline({ events }: { events: PublicCampaign["events"] }) {
  const t = useTranslations("Campaign");
  const status = useTranslations("TargetStatus");
  const format = useFormatter();
  return (
    <section aria-labelledby="timeline-heading" className="mt-10">
      <h2 id="timeline-heading" className="text-2xl font-bold">
        {t("timeline")}
      </h2>
      {events.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("timelineEmpty")}</p>
      ) : (
        <ol className="mt-4 flex flex-col gap-6 border-s-2 border-brand-100 ps-6">
          {events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.occurredOn.toISOString().slice(0, 10)} className="text-sm font-semibold text-brand-700">
                {format.dateTime(event.occurredOn, { dateStyle: "long", timeZone: "UTC" })}
              </time>
              <h3 className="mt-1 text-lg font-bold" dir="auto">
                {event.title}
              </h3>
              {event.targetName && event.targetStatus && (
                <p className="text-sm font-semibold text-slate-800" dir="auto">
                  {t("targetMoved", { target: event.targetName, status: status(event.targetStatus) })}
                </p>
              )}
              {event.body && (
                <p className="mt-1 text-slate-700" dir="auto">
                  {event.body}
                </p>
              )}
              {event.evidenceUrl && isHttpUrl(event.evidenceUrl) && (
                <p className="mt-1 text-sm">
                  <a href={event.evidenceUrl} rel="nofollow noopener noreferrer" className="text-brand-700 underline">
                    {t("evidence")}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
