import "server-only";
import { db } from "@/lib/server/db";
import { ttlMemo } from "@/lib/ttl-memo";

// TODO(issue 9): replace with the one public disclosure function from the signer-data work
// (lib/server/disclosure/), which keeps the same shape. Until it lands, the same rule here:
// a country with fewer than 10 signers is never named; such signers are pooled as "Other
// countries", shown only once the pool reaches 10; recomputed at most hourly.
export const DISCLOSURE_THRESHOLD = 10;

export type PublicBreakdown = {
  /** Countries with at least DISCLOSURE_THRESHOLD signers, most first. */
  countries: { country: string; count: number }[];
  /** Everyone in smaller countries together, or null while they are fewer than the threshold. */
  otherCountries: number | null;
};

async function compute(campaignId: string): Promise<PublicBreakdown> {
  const sums = await db.signatureCounterShard.groupBy({ by: ["country"], where: { campaignId, country: { not: "" } }, _sum: { count: true } });
  const cells = sums.map((row) => ({ country: row.country, count: row._sum.count ?? 0 })).filter((c) => c.count > 0);
  const shown = cells.filter((c) => c.count >= DISCLOSURE_THRESHOLD).sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
  const pooled = cells.filter((c) => c.count < DISCLOSURE_THRESHOLD).reduce((sum, c) => sum + c.count, 0);
  return { countries: shown, otherCountries: pooled >= DISCLOSURE_THRESHOLD ? pooled : null };
}

const HOUR_MS = 60 * 60 * 1000;
const hourly = ttlMemo(HOUR_MS, compute);

export function getPublicBreakdown({ campaignId }: { campaignId: string }): Promise<PublicBreakdown> {
  return hourly(campaignId);
}
