import { DEFAULT_LOCALE, feedResponse } from "@/lib/server/feeds/feed-response";

// Read from the database on each request (nothing exists at build time); readers and proxies
// may keep it a minute (Cache-Control).
export const dynamic = "force-dynamic";

// /campaigns/<slug>/feed.xml: one campaign's tracker events and updates, in English. Public and read-only.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return feedResponse({ locale: DEFAULT_LOCALE, slug });
}
