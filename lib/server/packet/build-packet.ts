import "server-only";
import { formatter, translator } from "@/lib/server/i18n/translator";
import { languages, type Locale } from "@/i18n/routing";
import { db } from "@/lib/server/db";
import { getPublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { organisation, siteName } from "@/lib/server/organisation";
import { getPublicBreakdown } from "@/lib/server/disclosure/get-public-breakdown";
import { DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";
import { countryNamer } from "@/lib/validation/countries";
import { siteOrigin } from "@/lib/server/config";
import { listNamedSigners } from "./list-named-signers";
import { renderPacket, type PacketContent } from "./render-packet";

// A packet prints every named signer up to this many; beyond it, it says how many more there are.
export const MAX_NAMED_SIGNERS = 5_000;

export type Packet = { pdf: Buffer; slug: string; campaignId: string; targetId: string | null };

/**
 * The delivery packet of a campaign, in one language, for all its decision makers or one.
 * Null when there is no such public campaign, or the decision maker is not one of its.
 * Staff only (the caller checks).
 */
export async function buildPacket({ campaignId, locale, targetId }: { campaignId: string; locale: Locale; targetId?: string }): Promise<Packet | null> {
  const row = await db.campaign.findUnique({ where: { id: campaignId }, select: { slug: true } });
  const campaign = row ? await getPublicCampaign({ slug: row.slug, locale }) : null;
  if (!campaign) return null;
  const targets = targetId ? campaign.targets.filter((t) => t.id === targetId) : campaign.targets;
  if (targetId && targets.length === 0) return null;

  const [t, tc, count, status, format, site] = [
    translator(locale, "Packet"),
    translator(locale, "Campaign"),
    translator(locale, "Count"),
    translator(locale, "TargetStatus"),
    formatter(locale),
    siteName(locale),
  ];
  const [breakdown, named] = await Promise.all([
    getPublicBreakdown({ campaignId: campaign.id }),
    listNamedSigners({ campaignId: campaign.id, take: MAX_NAMED_SIGNERS }),
  ]);
  const now = new Date();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const n = (value: number) => format.number(value);
  const nameOf = countryNamer(locale);
  const org = organisation();

  const countries = breakdown.countries.map((c) => ({ name: nameOf(c.country).name, count: n(c.count) }));
  if (breakdown.otherCountries !== null) countries.push({ name: t("otherCountries"), count: n(breakdown.otherCountries) });

  const content: PacketContent = {
    dir: languages[locale].dir,
    lang: locale,
    title: campaign.title,
    author: org.orgName ?? site,
    logoFile: org.logo && org.logo.type !== "image/svg+xml" ? org.logo.file : undefined,
    header: targets.length === 1 && targetId ? t("forTarget", { site: org.orgName ?? site, name: targets[0]!.decisionMaker.name }) : t("header", { site: org.orgName ?? site }),
    summary: campaign.summary,
    body: campaign.body,
    countLine: `${count("signatures", { count: campaign.signatureCount })} · ${count("ofGoal", { goal: n(campaign.goal) })}`,
    asOf: `${t("asOf", { date: format.dateTime(now, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) })} · ${siteOrigin()}/${locale === "en" ? "" : `${locale}/`}campaigns/${campaign.slug}`,
    sections: {
      targets: {
        heading: tc("targets"),
        items: targets.map((target) => ({
          name: [target.decisionMaker.name, target.decisionMaker.title].filter(Boolean).join(", "),
          detail: t("targetDetail", {
            institution: [target.decisionMaker.institution, target.decisionMaker.jurisdiction].filter(Boolean).join(", "),
            status: status(target.status),
            since: target.since ? day(target.since) : "none",
          }),
        })),
      },
      countries: {
        heading: t("countriesHeading"),
        rows: countries.length > 0 ? countries : [],
        note: `${countries.length === 0 ? `${t("countriesEmpty")} ` : ""}${t("countriesNote", { n: DISCLOSURE_THRESHOLD })}`,
      },
      demand: { heading: t("demandHeading") },
      timeline: {
        heading: tc("timeline"),
        empty: tc("timelineEmpty"),
        // For one decision maker: the events that moved them, and those that moved no one.
        items: campaign.events
          .filter((e) => !targetId || e.changes.length === 0 || e.changes.some((c) => c.targetId === targetId))
          .map((event) => ({
            date: day(event.occurredOn),
            title: event.retracted ? t("retracted", { title: event.title }) : event.title,
            lines: [
              ...event.changes.map((c) => t("moved", { name: c.name, status: status(c.to) })),
              ...(event.body ? [event.body] : []),
              ...(event.evidence?.url ? [t("evidence", { url: event.evidence.url })] : []),
              ...(event.evidence?.sha256 ? [t("evidenceHash", { hash: event.evidence.sha256 })] : []),
              ...event.corrections.map((c) => t("corrected", { date: day(c.at), reason: c.reason })),
              ...(event.retracted ? [t("retractedBecause", { date: day(event.retracted.at), reason: event.retracted.reason })] : []),
            ],
          })),
      },
      honesty: { heading: t("honestyHeading"), paragraphs: [t("honesty1"), t("honesty2"), t("honesty3"), t("honesty4")] },
      signers: {
        heading: t("signersHeading"),
        intro: named.total === 0 ? t("signersNone") : t("signersIntro", { named: n(named.total), total: n(campaign.signatureCount) }),
        // Names without countries: a named signer from a country with few signers would
        // otherwise name that country, which the disclosure rule never does.
        items: named.signers.map((s) => ({ name: s.name, comment: s.comment })),
        more: named.total > named.signers.length ? t("signersMore", { n: n(named.total - named.signers.length) }) : null,
      },
    },
    footer: t("footer", { site, date: day(now), page: "{page}", pages: "{pages}" }),
  };
  return { pdf: await renderPacket(content), slug: campaign.slug, campaignId: campaign.id, targetId: targetId ?? null };
}
