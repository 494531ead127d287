import "server-only";
import type { CampaignStatus, TargetStatus } from "@/lib/generated/prisma/enums";
import { localePath } from "@/lib/locale-path";
import type { CampaignDetailJson, CampaignSummaryJson } from "@/lib/validation/public-api";
import type { DayCount } from "@/lib/server/stats/signatures-per-day";
import type { BreakdownSnapshot } from "@/lib/server/disclosure/refresh-public-breakdown";
import { BREAKDOWN_MAX_AGE_SECONDS, DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";
import type { CampaignUpdateItem } from "@/lib/server/reach/list-campaign-updates";
import type { PublicCampaign } from "./get-public-campaign";

// The public JSON shapes of a campaign (lib/validation/public-api.ts): counts, text, the
// tracker and aggregates under the disclosure rule; never anything about a signer.

type Summary = { slug: string; title: string; summary: string; status: CampaignStatus; goal: number; signatureCount: number; closesAt: Date | null };

const status = (s: CampaignStatus) => s.toLowerCase() as CampaignSummaryJson["status"];
const position = (s: TargetStatus) => s.toLowerCase() as CampaignDetailJson["decisionMakers"][number]["position"];
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

export function toCampaignDetailJson(
  campaign: PublicCampaign,
  { origin, locale, breakdown, perDay, updates }: { origin: string; locale: string; breakdown: BreakdownSnapshot; perDay: DayCount[]; updates: CampaignUpdateItem[] },
): CampaignDetailJson {
  const query = locale === "en" ? "" : `?locale=${locale}`;
  const api = `${origin}/api/campaigns/${campaign.slug}`;
  return {
    ...toCampaignJson(campaign, origin, locale),
    body: campaign.body,
    lang: campaign.lang,
    opensAt: campaign.opensAt?.toISOString() ?? null,
    source: campaign.sourceTitle ? { title: campaign.sourceTitle, url: campaign.sourceUrl } : null,
    decisionMakers: campaign.targets.map((target) => {
      // Events come newest first: the first that moved this decision maker dates the position.
      const moved = campaign.events.find((e) => e.targetName === target.name && e.targetStatus === target.status);
      return { name: target.name, institution: target.institution, position: position(target.status), since: moved ? day(moved.occurredOn) : null };
    }),
    timeline: campaign.events.map((event) => ({
      date: day(event.occurredOn),
      title: event.title,
      body: event.body,
      decisionMaker: event.targetName,
      position: event.targetStatus ? position(event.targetStatus) : null,
      evidence: event.evidenceUrl ? [{ url: event.evidenceUrl, sha256: null }] : [],
    })),
    updates: updates.map((u) => ({ title: u.title, body: u.body, publishedAt: u.publishedAt.toISOString() })),
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
