import { getPublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { PUBLIC_CACHE_CONTROL, toCampaignDetailJson } from "@/lib/server/campaigns/campaign-json";
import { parseQuery } from "@/lib/server/http/parse-query";
import { publicError, publicJson } from "@/lib/server/http/public-response";
import { getPublicBreakdown } from "@/lib/server/disclosure/get-public-breakdown";
import { publicSignaturesPerDay } from "@/lib/server/stats/public-signatures-per-day";
import { siteOrigin } from "@/lib/server/config";
import { campaignQuery } from "@/lib/validation/public-api";

// Public and read-only: anyone may ask, so there is no one to check.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = parseQuery(request, campaignQuery);
  if (!query.ok) return query.response;
  const { locale } = query.data;
  // Counts and text only, nothing about any signer: the replica may answer (decision 010).
  const campaign = await getPublicCampaign({ slug, locale, from: "replica" });
  if (!campaign) return publicError(404, "not_found", "No public campaign has this slug.");
  const [breakdown, perDay] = await Promise.all([getPublicBreakdown({ campaignId: campaign.id }), publicSignaturesPerDay(campaign.id)]);
  const body = toCampaignDetailJson(campaign, { origin: siteOrigin(), locale, breakdown, perDay });
  return publicJson(request, body, PUBLIC_CACHE_CONTROL);
}
