import { NextResponse, type NextRequest } from "next/server";
import { isLocale, routing } from "@/i18n/routing";
import { listPublicCampaigns } from "@/lib/server/campaigns/list-public-campaigns";
import { siteOrigin } from "@/lib/server/config";
import { PUBLIC_CACHE_CONTROL, toCampaignJson } from "@/lib/server/campaigns/campaign-json";

// Public and read-only: anyone may ask, so there is no one to check.
export async function GET(request: NextRequest) {
  const requested = request.nextUrl.searchParams.get("locale") ?? routing.defaultLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  // Counts and text only, nothing about any signer: the replica may answer (decision 010).
  const campaigns = await listPublicCampaigns({ locale, from: "replica" });
  const origin = siteOrigin();
  return NextResponse.json(
    { campaigns: campaigns.map((c) => toCampaignJson(c, origin, locale)) },
    { headers: { "Cache-Control": PUBLIC_CACHE_CONTROL } },
  );
}
