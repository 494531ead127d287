import { DEFAULT_LOCALE, feedResponse } from "@/lib/server/feeds/feed-response";

// Read from the database on each request (nothing exists at build time); readers and proxies
// may keep it a minute (Cache-Control).
export const dynamic = "force-dynamic";

// /ug/campaigns/<slug>/feed.xml: one campaign's feed in another language. Public and read-only.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (locale === DEFAULT_LOCALE) return Response.json({ error: "not_found", message: "There is no such feed." }, { status: 404 });
  return feedResponse({ locale, slug });
}
