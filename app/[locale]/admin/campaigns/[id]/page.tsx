import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CampaignForm } from "@/components/admin/campaign-form";
import { ModerationToggle } from "@/components/admin/moderation-toggle";
import { CampaignTargetsForm } from "@/components/admin/campaign-targets-form";
import { TrackerEventForm } from "@/components/admin/tracker-event-form";
import { CommentReviewSetting } from "@/components/admin/comment-review-setting";
import { countCommentsForReview } from "@/lib/server/admin/count-comments-for-review";
import { requireAdminPage } from "@/lib/server/authz";
import { listDecisionMakers } from "@/lib/server/decision-makers/list-decision-makers";
import { loadCampaignTargets } from "@/lib/server/tracker/load-campaign-targets";
import { getAdminCampaign, type AdminCampaign } from "@/lib/server/admin/get-admin-campaign";
import { listPublicComments } from "@/lib/server/admin/moderation";
import { signaturesPerDay } from "@/lib/server/stats/signatures-per-day";
import { SignatureChart } from "@/components/signature-chart";
import { PacketPanel } from "@/components/admin/packet-panel";
import type { CampaignFormValues } from "@/lib/validation/campaign";
import { isLocale, routing, type Locale } from "@/i18n/routing";
import { forEachLocale } from "@/lib/validation/locales";
import { Section } from "@/components/section";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string; saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("editHeading") };
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

function formDefaults(c: AdminCampaign): CampaignFormValues {
  const text = (locale: Locale) => {
    if (c.locale === locale) return { title: c.title, summary: c.summary, body: c.body };
    const t = c.translations.find((x) => x.locale === locale);
    return t ? { title: t.title, summary: t.summary, body: t.body } : { title: "", summary: "", body: "" };
  };
  return {
    slug: c.slug,
    locale: isLocale(c.locale) ? c.locale : routing.defaultLocale,
    text: forEachLocale(text),
    goal: String(c.goal),
    opensAt: isoDay(c.opensAt),
    closesAt: isoDay(c.closesAt),
    status: c.status,
    sourceUrl: c.sourceUrl ?? "",
    sourceTitle: c.sourceTitle ?? "",
    sourcePublisher: c.sourcePublisher ?? "",
    sourceDate: c.sourceDate ?? "",
  };
}

export default async function EditCampaignPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/campaigns/[id]");
  const campaign = await getAdminCampaign({ id });
  if (!campaign) notFound();
  const [t, status, format, comments, perDay, waiting, targets, decisionMakers, { created, saved }] = await Promise.all([
    getTranslations("Admin"),
    getTranslations("TargetStatus"),
    getFormatter(),
    listPublicComments({ campaignId: campaign.id }),
    signaturesPerDay({ campaignId: campaign.id }),
    countCommentsForReview(),
    loadCampaignTargets({ campaignIds: [campaign.id], locale }),
    listDecisionMakers({ locale }),
    searchParams,
  ]);
  const waitingHere = waiting.get(campaign.id) ?? 0;
  const names = new Map(targets.map((x) => [x.id, x.decisionMaker.name]));
  const linked = new Map(targets.map((x) => [x.decisionMakerId, x.history.length > 0]));
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("editHeading")}</h1>
        {campaign.status !== "DRAFT" && (
          <Link href={`/campaigns/${campaign.slug}`} className="font-semibold text-brand-700 underline">
            {t("viewPublic")}
          </Link>
        )}
      </div>
      <div role="status">
        {created && <p className="rounded bg-green-50 p-3 font-semibold text-green-900">{t("created")}</p>}
        {saved === "campaign" && <p className="rounded bg-green-50 p-3 font-semibold text-green-900">{t("saved")}</p>}
      </div>

      <Section id="chart" heading={t("chartHeading")} className="flex flex-col gap-3">
        <SignatureChart data={perDay} />
        <p>
          <Link href={`/admin/updates?campaign=${campaign.id}`} className="font-semibold text-brand-700 underline">
            {t("updates.heading")}
          </Link>
        </p>
      </Section>

      <CampaignForm key={campaign.updatedAt.toISOString()} id={campaign.id} defaults={formDefaults(campaign)} />

      <Section id="targets" heading={t("targets.heading")} className="flex flex-col gap-4">
        {saved === "targets" && <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">{t("saved")}</p>}
        {targets.length === 0 ? (
          <p className="text-slate-700">{t("targets.none")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {targets.map((x) => (
              <li key={x.id} className="rounded border border-slate-200 bg-white p-3">
                <bdi lang={x.decisionMaker.lang} className="font-semibold">
                  {x.decisionMaker.name}
                </bdi>
                {": "}
                {status(x.status)}
                {x.since && <span className="text-sm text-slate-700"> ({t("targets.since", { date: day(x.since) })})</span>}
              </li>
            ))}
          </ul>
        )}
        <CampaignTargetsForm
          campaignId={campaign.id}
          options={decisionMakers.map((d) => ({ id: d.id, name: d.name, institution: d.institution, lang: d.lang, linked: linked.has(d.id), onRecord: linked.get(d.id) === true }))}
        />
        <p>
          <Link href="/admin/decision-makers" className="font-semibold text-brand-700 underline">
            {t("decisionMakers.manage")}
          </Link>
        </p>
      </Section>

      <Section id="tracker" heading={t("tracker.heading")} className="flex flex-col gap-4">
        <p className="text-slate-700">{t("tracker.intro")}</p>
        {campaign.events.length === 0 ? (
          <p className="text-slate-700">{t("tracker.empty")}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {campaign.events.map((event) => {
              const evidence = event.evidence[0];
              return (
                <li key={event.id} className="rounded border border-slate-200 bg-white p-3">
                  <span className="font-semibold">{day(event.occurredOn)}</span>
                  {": "}
                  <Link href={`/admin/campaigns/${campaign.id}/events/${event.id}`} className={`text-brand-800 underline ${event.retractedAt ? "line-through" : ""}`}>
                    <bdi>{event.title}</bdi>
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {event.changes.map((c) => `${names.get(c.targetId) ?? ""}: ${status(c.status)}`).join("; ")}
                    {event.changes.length > 0 && " · "}
                    {evidence ? t(`tracker.evidenceState.${evidence.kind}`) : t("tracker.evidenceState.none")}
                    {evidence?.verifiedAt && ` · ${t("tracker.verified")}`}
                    {event.retractedAt && ` · ${t("tracker.retracted")}`}
                    {event._count.corrections > 0 && !event.retractedAt && ` · ${t("tracker.corrections", { count: event._count.corrections })}`}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        <h3 className="text-xl font-bold">{t("tracker.add")}</h3>
        <TrackerEventForm
          key={campaign.events.length}
          ownLocale={campaign.locale}
          targets={targets.map((x) => ({ id: x.id, name: x.decisionMaker.name, status: x.status }))}
          defaults={{
            campaignId: campaign.id,
            eventId: "",
            occurredOn: new Date().toISOString().slice(0, 10),
            title: "",
            body: "",
            translations: forEachLocale(() => ({ title: "", body: "" })),
            evidenceUrl: "",
            sourceTitle: "",
            sourcePublisher: "",
            sourceDate: "",
            positions: {},
            reason: "",
          }}
        />
      </Section>

      {campaign.status !== "DRAFT" && (
        <PacketPanel campaignId={campaign.id} targets={targets.map((x) => ({ id: x.id, name: x.decisionMaker.name }))} locale={locale} />
      )}

      <Section id="moderation" heading={t("moderation.heading")} className="flex flex-col gap-3">
        <CommentReviewSetting campaignId={campaign.id} on={campaign.reviewComments} />
        {waitingHere > 0 && (
          <p>
            <Link href="/admin/comments" className="font-semibold text-brand-700 underline">
              {t("review.waitingHere", { count: waitingHere })}
            </Link>
          </p>
        )}
        {comments.length === 0 ? (
          <p className="text-slate-700">{t("moderation.empty")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {comments.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-200 bg-white p-3">
                <div>
                  <p className="font-semibold">
                    <bdi>{c.displayName}</bdi>
                    {c.commentHidden && <span className="ms-2 rounded bg-slate-200 px-2 text-xs">{t("moderation.hidden")}</span>}
                  </p>
                  <p className="whitespace-pre-line" dir="auto">
                    {c.comment}
                  </p>
                </div>
                <ModerationToggle signatureId={c.id} campaignId={campaign.id} hidden={c.commentHidden} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
