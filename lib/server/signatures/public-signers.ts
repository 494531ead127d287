import "server-only";
import { db } from "@/lib/server/db";

export type RecentSigner = { id: string; name: string; comment: string | null; signedAt: Date };

// Only signers who chose to show their name appear, and their comment only with it, once it
// is public: not while it waits for review, not when a moderator hid it. Their country is not
// shown beside their name: with the date, it would tell when someone from that country signed,
// which the hourly breakdown by country exists to hide (lib/server/disclosure/).
export async function listRecentSigners({ campaignId, take = 10 }: { campaignId: string; take?: number }): Promise<RecentSigner[]> {
  const rows = await db.signature.findMany({
    where: { campaignId, showName: true, displayName: { not: null } },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, displayName: true, comment: true, commentHidden: true, commentPending: true, createdAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.displayName ?? "",
    comment: r.commentHidden || r.commentPending ? null : r.comment,
    signedAt: r.createdAt,
  }));
}
