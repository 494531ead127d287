import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { publicSiteVersion } from "@/lib/server/campaigns/public-campaign-version";
import type { ProxyStep } from "../step";

// The home page: / for the default language, /ug for the others (as-needed prefixes).
const HOME_PAGE = new RegExp(`^/(?:(${routing.locales.filter((l) => l !== routing.defaultLocale).join("|")}))?$`);

// The home page is the same for everyone: every reader gets it at the current version of the
// list of public campaigns, so an edit shows on every instance within a second (decision 010).
// That address answers 404 to anyone asking for it directly (the front door).
export const homePage: ProxyStep = {
  name: "home page",
  async run(request: NextRequest) {
    const home = HOME_PAGE.exec(request.nextUrl.pathname);
    if (!home || (request.method !== "GET" && request.method !== "HEAD")) return undefined;
    const [, locale = routing.defaultLocale] = home;
    return NextResponse.rewrite(new URL(`/${locale}/anonymous/${await publicSiteVersion()}`, request.url));
  },
};
