import "server-only";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";

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

export { PUBLIC_CACHE_CONTROL } from "@/lib/public-cache-control";
