import { NextResponse, type NextRequest } from "next/server";
import { isLocale, routing } from "@/i18n/routing";
import { getPublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { siteOrigin } from "@/lib/server/config";
import { PUBLIC_CACHE_CONTROL, toCampaignJson, toCountriesJson, toTargetsJson } from "@/lib/server/campaigns/campaign-json";
import { getPublicBreakdown } from "@/lib/server/disclosure/get-public-breakdown";

// Public and read-only: anyone may ask, so there is no one to check.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const requested = request.nextUrl.searchParams.get("locale") ?? routing.defaultLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  // Counts and text only, nothing about any signer: the replica may answer (decision 010).
  const campaign = await getPublicCampaign({ slug, locale, from: "replica" });
  if (!campaign) {
    return NextResponse.json({ error: "not_found", message: "No public campaign has this slug." }, { status: 404 });
  }
  const breakdown = await getPublicBreakdown({ campaignId: campaign.id });
  return NextResponse.json({ ...toCampaignJson(campaign, siteOrigin(), locale), signaturesByCountry: toCountriesJson(breakdown), targets: toTargetsJson(campaign.targets) }, {
    headers: { "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
