import "server-only";
import { ttlMemo } from "@/lib/ttl-memo";
import { signaturesPerDay, type DayCount } from "./signatures-per-day";

const HOUR_MS = 60 * 60 * 1000;

// The last 365 days of a campaign's signatures per day, for its public page and JSON. Counted
// from the rows (over the [campaignId, createdAt] index), so each instance counts at most once
// an hour per campaign, whatever the traffic; like the country breakdown, it moves at most
// hourly, so the chart never dates a signature closer than the count already does.
const hourly = ttlMemo(HOUR_MS, (campaignId) => signaturesPerDay({ campaignId, days: 365 }));

export function publicSignaturesPerDay(campaignId: string): Promise<DayCount[]> {
  return hourly(campaignId);
}
