import "server-only";
import { db } from "@/lib/server/db";
import { readSnapshot, refreshPublicBreakdown, toSnapshot, type BreakdownSnapshot } from "./refresh-public-breakdown";

/**
 * A campaign's signatures by country as the public may see them (see public-breakdown.ts):
 * the same stored snapshot on every instance, recomputed at most once an hour. The campaign
 * page, the JSON API, and anything else public (embeds, images, feeds, packets) read it here.
 * Reading costs one primary-key lookup; the first reader after the hour recomputes it.
 */
export async function getPublicBreakdown({ campaignId }: { campaignId: string }): Promise<BreakdownSnapshot> {
  const [stored] = await readSnapshot(db, campaignId);
  if (stored?.fresh) return toSnapshot(stored);
  const refreshed = await refreshPublicBreakdown({ campaignId });
  if (refreshed) return refreshed;
  // Another instance is recomputing it right now: what was stored, or (for a campaign that
  // has none yet) nothing, which discloses less.
  return stored ? toSnapshot(stored) : { countries: [], otherCountries: null, computedAt: new Date() };
}
