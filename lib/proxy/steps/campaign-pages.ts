import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { publicCampaignVersion } from "@/lib/server/campaigns/public-campaign-version";
import { needsOwnPage } from "../needs-own-page";
import { notFoundPage, type ProxyStep } from "../step";

const SAME_VARIANT_METHODS = new Set(["GET", "HEAD", "POST"]);
const CAMPAIGN_PAGE = new RegExp(`^/(?:(${routing.locales.join("|")})/)?campaigns/([^/]+)/?$`);

// Unknown and draft campaigns get the 404 page (decision 001). Anonymous readers get the cached
// variant of the page at the campaign's current version (decision 006); that address answers
// 404 to anyone asking for it directly (the front door), so it is only ever reached from here.
export const campaignPages: ProxyStep = {
  name: "campaign pages",
  async run(request: NextRequest) {
    const match = CAMPAIGN_PAGE.exec(request.nextUrl.pathname);
    if (!match) return undefined;
    const [, locale = routing.defaultLocale, slug = ""] = match;
    const version = await publicCampaignVersion(decodeURIComponent(slug));
    if (!version) return notFoundPage(request);
    // A form posted without JavaScript is answered with the page it was posted from, rendered
    // with the action's answer (a validation error): the same variant the reader had, or React
    // cannot match the answer to the form and it comes back empty, the error lost.
    if (!SAME_VARIANT_METHODS.has(request.method) || (await needsOwnPage(request, decodeURIComponent(slug)))) return undefined;
    return NextResponse.rewrite(new URL(`/${locale}/campaigns/${slug}/anonymous/${version}`, request.url));
  },
};
