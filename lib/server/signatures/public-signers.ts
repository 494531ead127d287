import "server-only";
import { readPublic, type ReadFrom } from "@/lib/server/public-reads";

export type RecentSigner = { id: string; name: string; comment: string | null; signedAt: Date };

// Only signers who chose to show their name appear, and their comment only with it, once it
// is public: not while it waits for review, not when a moderator hid it. Their country is not
// shown beside their name: with the date, it would tell when someone from that country signed,
// which the hourly breakdown by country exists to hide (lib/server/disclosure/).
//
// `from`: "replica" only for a page whose version the replica has replayed (a withdrawn name
// must not come back from a replica that lags): see public-campaign-version.ts.
export async function listRecentSigners({ campaignId, take = 10, from }: { campaignId: string; take?: number; from?: ReadFrom }): Promise<RecentSigner[]> {
  const rows = await readPublic(from, (client) =>
    client.signature.findMany({
      where: { campaignId, showName: true, displayName: { not: null } },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, displayName: true, comment: true, commentHidden: true, commentPending: true, createdAt: true },
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.displayName ?? "",
    comment: r.commentHidden || r.commentPending ? null : r.comment,
    signedAt: r.createdAt,
  }));
}
