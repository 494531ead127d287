import "server-only";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";
import { localePath } from "@/lib/locale-path";
import type { CampaignDetailJson, CampaignSummaryJson } from "@/lib/validation/public-api";
import type { DayCount } from "@/lib/server/stats/signatures-per-day";
import type { BreakdownSnapshot } from "@/lib/server/disclosure/refresh-public-breakdown";
import { BREAKDOWN_MAX_AGE_SECONDS, DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";
import type { PublicCampaign } from "./get-public-campaign";

// The public JSON shapes of a campaign (lib/validation/public-api.ts): counts, text, the
// tracker and aggregates under the disclosure rule; never anything about a signer.

type Summary = { slug: string; title: string; summary: string; status: CampaignStatus; goal: number; signatureCount: number; closesAt: Date | null };

const status = (s: CampaignStatus) => s.toLowerCase() as CampaignSummaryJson["status"];
const position = (s: string) => s.toLowerCase() as CampaignDetailJson["targets"][number]["position"];
const day = (d: Date) => d.toISOString().slice(0, 10);

export function toCampaignJson(campaign: Summary, origin: string, locale: string): CampaignSummaryJson {
  return {
    slug: campaign.slug,
    title: campaign.title,
    summary: campaign.summary,
    status: status(campaign.status),
    goal: campaign.goal,
    signatureCount: campaign.signatureCount,
    closesAt: campaign.closesAt?.toISOString() ?? null,
    url: `${origin}${localePath(locale, `/campaigns/${campaign.slug}`)}`,
  };
}

// Signatures by country, as on the campaign page (lib/server/disclosure/): countries with fewer
// than `threshold` signers are never named, and are in `otherCountries` with signers who gave
// no country, which is null until that group reaches the threshold.
export function toCountriesJson(breakdown: BreakdownSnapshot): CampaignDetailJson["signaturesByCountry"] {
  return {
    asOf: breakdown.computedAt.toISOString(),
    threshold: DISCLOSURE_THRESHOLD,
    refreshSeconds: BREAKDOWN_MAX_AGE_SECONDS,
    countries: breakdown.countries.map((c) => ({ country: c.country, signatureCount: c.count })),
    otherCountries: breakdown.otherCountries,
  };
}

export function toTargetsJson(targets: PublicCampaign["targets"]): CampaignDetailJson["targets"] {
  return targets.map((t) => ({
    name: t.decisionMaker.name,
    title: t.decisionMaker.title,
    institution: t.decisionMaker.institution,
    jurisdiction: t.decisionMaker.jurisdiction,
    position: position(t.status),
    since: t.since ? day(t.since) : null,
  }));
}

function toEvidenceJson(evidence: NonNullable<PublicCampaign["events"][number]["evidence"]>, origin: string): CampaignDetailJson["timeline"][number]["evidence"] {
  return {
    url: evidence.url,
    source: { title: evidence.sourceTitle, publisher: evidence.sourcePublisher, date: evidence.sourceDate },
    sha256: evidence.sha256,
    archivedAt: evidence.archivedAt?.toISOString() ?? null,
    archive: evidence.kind === "LINK" ? null : `${origin}/api/evidence/${evidence.id}`,
    verified: evidence.verifiedAt !== null,
  };
}

export function toCampaignDetailJson(
  campaign: PublicCampaign,
  { origin, locale, breakdown, perDay }: { origin: string; locale: string; breakdown: BreakdownSnapshot; perDay: DayCount[] },
): CampaignDetailJson {
  const query = locale === "en" ? "" : `?locale=${locale}`;
  const api = `${origin}/api/campaigns/${campaign.slug}`;
  return {
    ...toCampaignJson(campaign, origin, locale),
    body: campaign.body,
    lang: campaign.lang,
    opensAt: campaign.opensAt?.toISOString() ?? null,
    source: campaign.sourceTitle ? { title: campaign.sourceTitle, url: campaign.sourceUrl } : null,
    targets: toTargetsJson(campaign.targets),
    timeline: campaign.events.map((event) => ({
      date: day(event.occurredOn),
      title: event.title,
      body: event.body,
      lang: event.lang,
      changes: event.changes.map((c) => ({ decisionMaker: c.name, from: c.from ? position(c.from) : null, to: position(c.to) })),
      evidence: event.evidence ? toEvidenceJson(event.evidence, origin) : null,
      corrections: event.corrections.map((c) => ({ at: c.at.toISOString(), reason: c.reason })),
      retracted: event.retracted ? { at: event.retracted.at.toISOString(), reason: event.retracted.reason } : null,
    })),
    updates: campaign.updates.map((u) => ({ title: u.title, body: u.body, publishedAt: u.createdAt.toISOString() })),
    signaturesByCountry: toCountriesJson(breakdown),
    signaturesPerDay: perDay,
    links: {
      page: `${origin}${localePath(locale, `/campaigns/${campaign.slug}`)}`,
      embed: `${origin}${localePath(locale, `/embed/campaigns/${campaign.slug}`)}`,
      badge: `${api}/badge.svg${query}`,
      shareImage: `${api}/share.png${query}`,
    },
  };
}

export { PUBLIC_CACHE_CONTROL } from "@/lib/public-cache-control";
