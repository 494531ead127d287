import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { decodes } from "./lib/http/decodes";
import { publicCampaignVersion, publicSiteVersion } from "./lib/server/campaigns/public-campaign-version";
import { sessionRole } from "./lib/server/auth/session-role";
import { adminPathPermission, roleMay } from "./lib/server/authz";

const intl = createMiddleware(routing);
const CAMPAIGN_PAGE = new RegExp(`^/(?:(${routing.locales.join("|")})/)?campaigns/([^/]+)/?$`);
const VISITOR_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token", "pending-signature"];
const hasVisitorCookie = (request: NextRequest) => VISITOR_COOKIES.some((name) => request.cookies.has(name));
const ADMIN_PAGE = new RegExp(`^/(?:(?:${routing.locales.join("|")})/)?admin(?:/|$)`);
// The home page: / for the default language, /ug for the others (as-needed prefixes).
const HOME_PAGE = new RegExp(`^/(?:(${routing.locales.filter((l) => l !== routing.defaultLocale).join("|")}))?$`);

// Next 16's production build answers notFound() from a page with an empty document that only
// JavaScript fills in; a path no route matches gets the not-found page in its HTML. So pages
// that must 404 (unknown and draft campaigns; admin pages for anyone not allowed) are sent to
// such a path here, and the 404 reads without JavaScript. See docs/decisions/001.
const notFound = (request: NextRequest) => NextResponse.rewrite(new URL("/_/not-found", request.url));

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  // An address with broken percent-encoding names nothing here (Next would answer it with a 500).
  if (!decodes(path)) {
    return path.startsWith("/api/")
      ? NextResponse.json({ error: "bad_request", message: "The address is not valid." }, { status: 400 })
      : notFound(request);
  }
  // The rest of the JSON API is routed as it is (it is matched only for the check above).
  if (path.startsWith("/api/")) return NextResponse.next();
  if (ADMIN_PAGE.test(path)) {
    const role = await sessionRole(request);
    if (!role || !roleMay(role, adminPathPermission(path))) return notFound(request);
  }
  // The home page is the same for everyone: every reader gets it at the current version of the
  // list of public campaigns, so an edit shows on every instance within a second (decision 010).
  const home = HOME_PAGE.exec(path);
  if (home && (request.method === "GET" || request.method === "HEAD")) {
    const [, locale = routing.defaultLocale] = home;
    return NextResponse.rewrite(new URL(`/${locale}/anonymous/${await publicSiteVersion()}`, request.url));
  }
  const match = CAMPAIGN_PAGE.exec(path);
  if (match) {
    const [, locale = routing.defaultLocale, slug = ""] = match;
    const version = await publicCampaignVersion(decodeURIComponent(slug));
    if (!version) return notFound(request);
    // Anonymous readers get the cached variant of the page, at its current version; anyone with
    // a session, or with a sign form waiting for them after signing in, gets the per-visitor one.
    if (request.method === "GET" && !hasVisitorCookie(request)) {
      return NextResponse.rewrite(new URL(`/${locale}/campaigns/${slug}/anonymous/${version}`, request.url));
    }
  }
  return intl(request);
}

export const config = {
  // Pages (not Next's own files, or files with an extension) and API addresses with a percent
  // sign (for the encoding check). The rest of the API, signing included, does not pass through
  // here: the proxy costs signing a fifth of its rate (measured). Nor do Server Action calls
  // (a Next-Action header): the front door checks and routes them (lib/front-door/steps/
  // server-action-*.ts), and each action checks its caller itself; e2e/authorization.spec.ts
  // calls every action. The count endpoint is answered before Next, by the front door.
  matcher: [
    { source: "/((?!api|_next|_vercel|.*\\..*).*)", missing: [{ type: "header", key: "next-action" }] },
    "/api/:path(.*%.*)",
  ],
};
