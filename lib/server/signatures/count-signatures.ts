import "server-only";
import { readPublic, type ReadFrom } from "@/lib/server/public-reads";

// The public count is the sum of a campaign's counter shards: a bounded number of rows read
// by primary key, so it costs the same at ten signatures or ten million. Never COUNT(*).
// `from`: "replica" for public pages and JSON (docs/decisions/010); the primary otherwise.
export async function countSignatures({ campaignIds, from }: { campaignIds: string[]; from?: ReadFrom }): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const sums = await readPublic(from, (client) =>
    client.signatureCounterShard.groupBy({
      by: ["campaignId"],
      where: { campaignId: { in: campaignIds } },
      _sum: { count: true },
    }),
  );
  const counts = new Map(campaignIds.map((id) => [id, 0]));
  for (const row of sums) counts.set(row.campaignId, row._sum.count ?? 0);
  return counts;
}
