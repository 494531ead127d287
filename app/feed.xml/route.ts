import { DEFAULT_LOCALE, feedResponse } from "@/lib/server/feeds/feed-response";

// Read from the database on each request (nothing exists at build time); readers and proxies
// may keep it a minute (Cache-Control).
export const dynamic = "force-dynamic";

// /feed.xml: every public campaign's tracker events and updates, in English. Public and
// read-only. (The proxy skips addresses with a dot, so language routing is done by these files.)
export async function GET() {
  return feedResponse({ locale: DEFAULT_LOCALE });
}
