import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { RetractEventForm } from "@/components/admin/retract-event-form";
import { TrackerEventForm } from "@/components/admin/tracker-event-form";
import { VerifyEvidenceForm } from "@/components/admin/verify-evidence-form";
import { requireAdminPage } from "@/lib/server/authz";
import { getAdminEvent } from "@/lib/server/tracker/get-admin-event";
import { loadCampaignTargets } from "@/lib/server/tracker/load-campaign-targets";
import { forEachLocale } from "@/lib/validation/locales";
import { isLocale, languages } from "@/i18n/routing";
import { Section } from "@/components/section";

type Props = { params: Promise<{ locale: string; id: string; eventId: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin.tracker" });
  return { title: t("eventHeading") };
}

// One tracker event for staff: its evidence (hash, where it came from, who recorded and who
// verified it), and the forms to verify the evidence, correct the event or retract it.
export default async function AdminEventPage({ params, searchParams }: Props) {
  const { locale, id, eventId } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/campaigns/[id]/events/[eventId]");
  const event = await getAdminEvent({ campaignId: id, eventId });
  if (!event) notFound();
  const [t, status, format, targets, { saved }] = await Promise.all([
    getTranslations("Admin.tracker"),
    getTranslations("TargetStatus"),
    getFormatter(),
    loadCampaignTargets({ campaignIds: [id], locale }),
    searchParams,
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const time = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  const current = event.evidence.find((e) => e.replacedAt === null);
  const replaced = event.evidence.filter((e) => e.replacedAt !== null);
  const names = new Map(targets.map((x) => [x.id, x.decisionMaker.name]));
  const translation = (locale: string) => event.translations.find((x) => x.locale === locale);

  return (
    <div className="flex flex-col gap-8">
      <p className="text-sm">
        <Link href={`/admin/campaigns/${id}#tracker-heading`} className="font-semibold text-brand-700 underline">
          {t("back", { campaign: event.campaign.title })}
        </Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t("eventHeading")}</h1>
        <p className={`mt-2 text-xl ${event.retractedAt ? "line-through" : ""}`} dir="auto">
          {day(event.occurredOn)}: {event.title}
        </p>
        <p className="mt-1 text-sm text-slate-700">{t("recordedBy", { email: event.author?.email ?? "—", date: time(event.createdAt) })}</p>
        {event.changes.length > 0 && (
          <p className="mt-1 text-sm">{event.changes.map((c) => `${names.get(c.targetId) ?? ""}: ${status(c.status)}`).join("; ")}</p>
        )}
      </div>
      <div role="status">
        {saved && ["recorded", "corrected", "retracted", "verified"].includes(saved) && (
          <p className="rounded bg-green-50 p-3 font-semibold text-green-900">{t(`done.${saved}` as "done.recorded")}</p>
        )}
      </div>

      {event.corrections.length > 0 && (
        <Section id="corrections" heading={t("correctionsHeading")}>
          <ul className="mt-3 flex flex-col gap-2">
            {event.corrections.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-semibold">{t(c.kind === "RETRACTED" ? "retractedOn" : "correctedOn", { date: time(c.createdAt), email: c.actor?.email ?? "—" })}</p>
                <p dir="auto">{c.reason}</p>
                {c.translations.map((x) => (
                  <p key={x.locale} lang={x.locale} dir={isLocale(x.locale) ? languages[x.locale].dir : "auto"}>
                    {x.reason}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="evidence" heading={t("evidence")} className="flex flex-col gap-3">
        {!current ? (
          <p>{t("noEvidence")}</p>
        ) : (
          <>
            <dl className="grid gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t("evidenceKind")}</dt>
              <dd>{t(`evidenceState.${current.kind}`)}</dd>
              {current.url && (
                <>
                  <dt className="font-semibold">{t("evidenceUrl")}</dt>
                  <dd className="break-all" dir="ltr">
                    {current.url}
                  </dd>
                </>
              )}
              {current.sourceTitle && (
                <>
                  <dt className="font-semibold">{t("sourceTitle")}</dt>
                  <dd dir="auto">{[current.sourceTitle, current.sourcePublisher, current.sourceDate].filter(Boolean).join(", ")}</dd>
                </>
              )}
              {current.sha256 && (
                <>
                  <dt className="font-semibold">SHA-256</dt>
                  <dd className="break-all font-mono text-sm" dir="ltr">
                    {current.sha256}
                  </dd>
                  <dt className="font-semibold">{t("archived")}</dt>
                  <dd>
                    {t("archivedDetails", { size: format.number(current.size ?? 0), type: current.contentType ?? "", date: current.archivedAt ? time(current.archivedAt) : "" })}
                    {current.finalUrl && current.finalUrl !== current.url && (
                      <span className="block break-all text-sm" dir="ltr">
                        {current.finalUrl}
                      </span>
                    )}
                  </dd>
                </>
              )}
              <dt className="font-semibold">{t("evidenceRecordedBy")}</dt>
              <dd>{current.recordedBy?.email ?? t("seeded")}</dd>
              <dt className="font-semibold">{t("verification")}</dt>
              <dd>{current.verifiedAt ? t("verifiedBy", { email: current.verifiedBy?.email ?? "—", date: time(current.verifiedAt) }) : t("notVerified")}</dd>
            </dl>
            {current.sha256 && (
              <p className="flex flex-wrap gap-4">
                <a href={`/api/evidence/${current.id}`} className="font-semibold text-brand-700 underline">
                  {t("download")}
                </a>
              </p>
            )}
            {!current.verifiedAt && !event.retractedAt && (
              <>
                <p className="text-sm text-slate-700">{t("verifyHint")}</p>
                <VerifyEvidenceForm campaignId={id} eventId={event.id} evidenceId={current.id} />
              </>
            )}
          </>
        )}
        {replaced.length > 0 && (
          <details className="rounded bg-slate-50 p-3">
            <summary className="cursor-pointer font-semibold">{t("replacedEvidence", { count: replaced.length })}</summary>
            <ul className="mt-2 flex flex-col gap-1 text-sm">
              {replaced.map((e) => (
                <li key={e.id} className="break-all" dir="ltr">
                  {e.url ?? e.fileName ?? "—"} {e.sha256 ? `(SHA-256 ${e.sha256})` : ""}
                </li>
              ))}
            </ul>
          </details>
        )}
      </Section>

      {!event.retractedAt && (
        <>
          <Section id="correct" heading={t("correctHeading")} className="flex flex-col gap-3">
            <p className="text-slate-700">{t("correctIntro")}</p>
            <TrackerEventForm
              eventId={event.id}
              ownLocale={event.campaign.locale}
              targets={targets.map((x) => ({ id: x.id, name: x.decisionMaker.name, status: x.status }))}
              defaults={{
                campaignId: id,
                eventId: event.id,
                occurredOn: event.occurredOn.toISOString().slice(0, 10),
                title: event.title,
                body: event.body,
                translations: forEachLocale((l) => ({ title: translation(l)?.title ?? "", body: translation(l)?.body ?? "" })),
                evidenceUrl: current?.url ?? "",
                sourceTitle: current?.sourceTitle ?? "",
                sourcePublisher: current?.sourcePublisher ?? "",
                sourceDate: current?.sourceDate ?? "",
                positions: Object.fromEntries(event.changes.map((c) => [c.targetId, c.status])),
                reason: "",
              }}
            />
          </Section>
          <Section id="retract" heading={t("retractHeading")} className="flex flex-col gap-3">
            <p className="text-slate-700">{t("retractIntro")}</p>
            <RetractEventForm campaignId={id} eventId={event.id} ownLocale={event.campaign.locale} />
          </Section>
        </>
      )}
    </div>
  );
}
