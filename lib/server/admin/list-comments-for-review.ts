import "server-only";
import { db } from "@/lib/server/db";

export type CommentForReview = { id: string; campaignId: string; campaignTitle: string; campaignLang: string; name: string; comment: string; writtenAt: Date };

// The review queue: named comments waiting for a decision, oldest first (they have waited
// longest), with the campaign each belongs to. Only what the decision needs: the name the
// signer chose to show and their comment; nothing else about them.
export async function listCommentsForReview({ take = 100 }: { take?: number } = {}): Promise<CommentForReview[]> {
  const rows = await db.signature.findMany({
    where: { commentPending: true, showName: true, comment: { not: null } },
    orderBy: { createdAt: "asc" },
    take,
    select: { id: true, campaignId: true, displayName: true, comment: true, createdAt: true, campaign: { select: { title: true, locale: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaignId,
    campaignTitle: r.campaign.title,
    campaignLang: r.campaign.locale,
    name: r.displayName ?? "",
    comment: r.comment ?? "",
    writtenAt: r.createdAt,
  }));
}
