import "server-only";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";
import type { BreakdownSnapshot } from "@/lib/server/disclosure/refresh-public-breakdown";
import { BREAKDOWN_MAX_AGE_SECONDS, DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";

// The public JSON shape of a campaign: counts and status only, never anything about signers.
export type CampaignJson = {
  slug: string;
  title: string;
  summary: string;
  status: Lowercase<CampaignStatus>;
  goal: number;
  signatureCount: number;
  closesAt: string | null;
  url: string;
};

// Signatures by country, as on the campaign page (lib/server/disclosure/): countries with fewer
// than `threshold` signers are never named, and are in `otherCountries` with signers who gave
// no country, which is null until that group reaches the threshold.
export type CountriesJson = {
  asOf: string;
  threshold: number;
  refreshSeconds: number;
  countries: { country: string; signatureCount: number }[];
  otherCountries: number | null;
};

export function toCountriesJson(breakdown: BreakdownSnapshot): CountriesJson {
  return {
    asOf: breakdown.computedAt.toISOString(),
    threshold: DISCLOSURE_THRESHOLD,
    refreshSeconds: BREAKDOWN_MAX_AGE_SECONDS,
    countries: breakdown.countries.map((c) => ({ country: c.country, signatureCount: c.count })),
    otherCountries: breakdown.otherCountries,
  };
}

export function toCampaignJson(
  campaign: { slug: string; title: string; summary: string; status: CampaignStatus; goal: number; signatureCount: number; closesAt: Date | null },
  origin: string,
  locale: string,
): CampaignJson {
  const prefix = locale === "en" ? "" : `/${locale}`;
  return {
    slug: campaign.slug,
    title: campaign.title,
    summary: campaign.summary,
    status: campaign.status.toLowerCase() as Lowercase<CampaignStatus>,
    goal: campaign.goal,
    signatureCount: campaign.signatureCount,
    closesAt: campaign.closesAt?.toISOString() ?? null,
    url: `${origin}${prefix}/campaigns/${campaign.slug}`,
  };
}

// Where the campaign stands with each decision maker (the current position, derived from the
// tracker's record), for /api/campaigns/[slug].
export type CampaignTargetJson = {
  name: string;
  title: string;
  institution: string;
  jurisdiction: string;
  position: string;
  since: string | null;
};

export function toTargetsJson(targets: { decisionMaker: { name: string; title: string; institution: string; jurisdiction: string }; status: string; since: Date | null }[]): CampaignTargetJson[] {
  return targets.map((t) => ({
    name: t.decisionMaker.name,
    title: t.decisionMaker.title,
    institution: t.decisionMaker.institution,
    jurisdiction: t.decisionMaker.jurisdiction,
    position: t.status.toLowerCase(),
    since: t.since ? t.since.toISOString().slice(0, 10) : null,
  }));
}

export { PUBLIC_CACHE_CONTROL } from "@/lib/public-cache-control";
