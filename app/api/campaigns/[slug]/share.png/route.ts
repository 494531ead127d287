import type { NextRequest } from "next/server";
import { localeParam } from "@/lib/server/http/locale-param";
import { publicError, publicResponse } from "@/lib/server/http/public-response";
import { recentCampaignGlance } from "@/lib/server/campaigns/get-campaign-glance";
import { campaignShareCard, shareCardVersion, shareImageCacheControl, shareImagePng } from "@/lib/server/share/share-cards";

// A campaign's share image (Open Graph), 1200×630 PNG, in ?locale=. Public and read-only:
// anyone may ask, so there is no one to check; it shows nothing the campaign page does not.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = localeParam(request);
  const data = await recentCampaignGlance(`${slug}\0${locale}`);
  if (!data) return publicError(404, "not_found", "No public campaign has this slug.");
  const card = campaignShareCard(data, locale);
  const png = await shareImagePng(card);
  return publicResponse(request, png, {
    contentType: "image/png",
    cacheControl: shareImageCacheControl(request.nextUrl.searchParams.get("v"), shareCardVersion(card)),
  });
}
