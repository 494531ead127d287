import { useFormatter, useTranslations } from "next-intl";
import { EvidenceNote } from "@/components/tracker/evidence-note";
import type { PublicEvent } from "@/lib/server/campaigns/get-public-campaign";
import { Section } from "@/components/section";

// The record, newest first. Corrections say so, with the date and reason; a retracted event stays,
// struck through, with the reason it was retracted, and moves no one's position.
export function Timeline({ events, sourceLang }: { events: PublicEvent[]; sourceLang: string }) {
  const t = useTranslations("Campaign");
  const status = useTranslations("TargetStatus");
  const format = useFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <Section id="timeline" heading={t("timeline")} className="mt-10">
      {events.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("timelineEmpty")}</p>
      ) : (
        <ol className="mt-4 flex flex-col gap-6 border-s-2 border-brand-100 ps-6">
          {events.map((event) => {
            const Text = event.retracted ? "del" : "span";
            return (
              <li key={event.id} id={`event-${event.id}`} className="scroll-mt-4">
                <time dateTime={event.occurredOn.toISOString().slice(0, 10)} className="text-sm font-semibold text-brand-700">
                  {date(event.occurredOn)}
                </time>
                <h3 className="mt-1 text-lg font-bold" dir="auto" lang={event.lang}>
                  <Text>{event.title}</Text>
                </h3>
                {event.retracted && (
                  <p className="mt-1 rounded bg-red-50 p-2 text-sm text-red-950">
                    <strong>{t("retractedOn", { date: date(event.retracted.at) })}</strong> <bdi>{event.retracted.reason}</bdi>
                  </p>
                )}
                {event.changes.length > 0 && (
                  <ul className="mt-1 text-sm font-semibold text-slate-800">
                    {event.changes.map((c) => (
                      <li key={c.targetId}>
                        {c.from ? t("moved", { name: c.name, from: status(c.from), to: status(c.to) }) : t("movedTo", { name: c.name, to: status(c.to) })}
                      </li>
                    ))}
                  </ul>
                )}
                {event.body && (
                  <p className="mt-1 whitespace-pre-line text-slate-700" dir="auto" lang={event.lang}>
                    <Text>{event.body}</Text>
                  </p>
                )}
                {event.corrections.map((c, i) => (
                  <p key={i} className="mt-1 rounded bg-amber-50 p-2 text-sm text-amber-950">
                    <strong>{t("correctedOn", { date: date(c.at) })}</strong> <bdi>{c.reason}</bdi>
                  </p>
                ))}
                {event.evidence && (
                  <div className="mt-2">
                    <EvidenceNote evidence={event.evidence} sourceLang={sourceLang} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
