import "server-only";
import { readPublic, type ReadFrom } from "@/lib/server/public-reads";

// Below this, a country's count is shown as "fewer than 10": small numbers can identify people.
export const COUNTRY_THRESHOLD = 10;

export type RecentSigner = { id: string; name: string; country: string | null; comment: string | null; signedAt: Date };
export type CountryCell = { country: string; count: number | null };

// Only signers who chose to show their name appear, and their comment only with it (unless a
// moderator hid it). Nothing else about any signer leaves the server.
// `from`: "replica" only for a page whose version the replica has replayed (a withdrawn name
// must not come back from a replica that lags): see public-campaign-version.ts.
export async function listRecentSigners({ campaignId, take = 10, from }: { campaignId: string; take?: number; from?: ReadFrom }): Promise<RecentSigner[]> {
  const rows = await readPublic(from, (client) =>
    client.signature.findMany({
      where: { campaignId, showName: true, displayName: { not: null } },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, displayName: true, country: true, comment: true, commentHidden: true, createdAt: true },
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.displayName ?? "",
    country: r.country,
    comment: r.commentHidden ? null : r.comment,
    signedAt: r.createdAt,
  }));
}

// The breakdown comes from the counter shards (bounded rows), never from counting signatures.
// Cells under the threshold carry no number, and come last in code order: ranking them by
// size would leak what the number hides.
export async function countryBreakdown({ campaignId, from }: { campaignId: string; from?: ReadFrom }): Promise<CountryCell[]> {
  const sums = await readPublic(from, (client) =>
    client.signatureCounterShard.groupBy({
      by: ["country"],
      where: { campaignId, country: { not: "" } },
      _sum: { count: true },
    }),
  );
  const cells = sums.map((row) => ({ country: row.country, n: row._sum.count ?? 0 })).filter((row) => row.n > 0);
  const shown = cells.filter((c) => c.n >= COUNTRY_THRESHOLD).sort((a, b) => b.n - a.n || a.country.localeCompare(b.country));
  const hidden = cells.filter((c) => c.n < COUNTRY_THRESHOLD).sort((a, b) => a.country.localeCompare(b.country));
  return [...shown.map((c) => ({ country: c.country, count: c.n })), ...hidden.map((c) => ({ country: c.country, count: null }))];
}
