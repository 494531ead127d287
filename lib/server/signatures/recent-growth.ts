import "server-only";
import { db } from "@/lib/server/db";

// How fast a campaign grows: signatures given in the last 24 hours (still standing: a
// withdrawn one is gone). Counted from the index on (campaignId, createdAt), so it costs as
// much as a day's signatures; each instance asks at most once every ten seconds per campaign,
// whatever the traffic, and signing (which re-renders the page) never waits on it twice.
const FRESH_MS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const recent = new Map<string, { at: number; count: Promise<number> }>();

export function signaturesInLastDay(campaignId: string): Promise<number> {
  const now = Date.now();
  let entry = recent.get(campaignId);
  if (!entry || now - entry.at > FRESH_MS) {
    entry = { at: now, count: db.signature.count({ where: { campaignId, createdAt: { gt: new Date(now - DAY_MS) } } }) };
    recent.set(campaignId, entry);
    entry.count.catch(() => recent.delete(campaignId));
    if (recent.size > 10_000) recent.clear();
  }
  return entry.count;
}
