import { DEFAULT_LOCALE, feedResponse } from "@/lib/server/feeds/feed-response";

// Read from the database on each request (nothing exists at build time); readers and proxies
// may keep it a minute (Cache-Control).
export const dynamic = "force-dynamic";

// /ug/feed.xml and the other languages' feeds. Public and read-only. The default language lives
// at /feed.xml only, so /en/feed.xml is not a second address for it.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (locale === DEFAULT_LOCALE) return Response.json({ error: "not_found", message: "There is no such feed." }, { status: 404 });
  return feedResponse({ locale });
}
