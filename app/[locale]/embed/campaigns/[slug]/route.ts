import { isLocale } from "@/i18n/routing";
import { recentCampaignGlance } from "@/lib/server/campaigns/get-campaign-glance";
import { publicResponse } from "@/lib/server/http/public-response";
import { getPublicBreakdown } from "@/lib/server/disclosure/get-public-breakdown";
import { renderEmbed } from "@/lib/server/reach/render-embed";

const NOT_FOUND = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><main><h1>Not found</h1></main></body></html>`;

// A campaign's embed for other sites' pages (/embed/campaigns/<slug>, /ug/embed/…): the only
// page another site may frame (next.config.js). Public and read-only: there is no one to
// check, and it reads no cookie and sets none.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const campaign = isLocale(locale) ? await recentCampaignGlance(`${slug}\0${locale}`) : null;
  if (!campaign || !isLocale(locale)) {
    return new Response(NOT_FOUND, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const html = renderEmbed({ campaign, breakdown: await getPublicBreakdown({ campaignId: campaign.id }), locale });
  return publicResponse(request, html, { contentType: "text/html; charset=utf-8", cacheControl: "public, max-age=5, s-maxage=5, stale-while-revalidate=30" });
}
