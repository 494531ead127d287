import { listPublicCampaigns } from "@/lib/server/campaigns/list-public-campaigns";
import { PUBLIC_CACHE_CONTROL, toCampaignJson } from "@/lib/server/campaigns/campaign-json";
import { parseQuery } from "@/lib/server/http/parse-query";
import { publicJson } from "@/lib/server/http/public-response";
import { siteOrigin } from "@/lib/server/config";
import { campaignsQuery, type CampaignListJson } from "@/lib/validation/public-api";

// Public and read-only: anyone may ask, so there is no one to check. A page at a time, open
// campaigns first, with links to the pages around it (as the UK Parliament's petitions API).
export async function GET(request: Request) {
  const query = parseQuery(request, campaignsQuery);
  if (!query.ok) return query.response;
  const { locale, page, perPage } = query.data;
  // Counts and text only, nothing about any signer: the replica may answer (decision 010).
  const campaigns = await listPublicCampaigns({ locale, from: "replica" });
  const origin = siteOrigin();
  const last = Math.max(1, Math.ceil(campaigns.length / perPage));
  const link = (n: number) => `${origin}/api/campaigns?${new URLSearchParams({ ...(locale === "en" ? {} : { locale }), page: String(n), perPage: String(perPage) })}`;
  const body: CampaignListJson = {
    campaigns: campaigns.slice((page - 1) * perPage, page * perPage).map((c) => toCampaignJson(c, origin, locale)),
    page,
    perPage,
    total: campaigns.length,
    links: { self: link(page), first: link(1), last: link(last), prev: page > 1 ? link(Math.min(page - 1, last)) : null, next: page < last ? link(page + 1) : null },
  };
  return publicJson(request, body, PUBLIC_CACHE_CONTROL);
}
