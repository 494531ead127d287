import "server-only";
import { db } from "@/lib/server/db";
import { countCommentsForReview } from "./count-comments-for-review";

export type CommentForReview = { id: string; campaignId: string; campaignTitle: string; campaignLang: string; name: string; comment: string; writtenAt: Date };
export type CampaignWaiting = { id: string; title: string; lang: string; waiting: number };

// The review queue: named comments waiting for a decision, oldest first (they have waited
// longest), with the campaign each belongs to, and how many wait per campaign (all of them,
// also beyond the page). Only what the decision needs: the name the signer chose to show and
// their comment; nothing else about them.
export async function listCommentsForReview({ take = 100 }: { take?: number } = {}): Promise<{ comments: CommentForReview[]; campaigns: CampaignWaiting[] }> {
  const [rows, counts] = await Promise.all([
    db.signature.findMany({
      where: { commentPending: true, showName: true, comment: { not: null } },
      orderBy: { createdAt: "asc" },
      take,
      select: { id: true, campaignId: true, displayName: true, comment: true, createdAt: true, campaign: { select: { title: true, locale: true } } },
    }),
    countCommentsForReview(),
  ]);
  const campaigns = await db.campaign.findMany({
    where: { id: { in: [...counts.keys()] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, locale: true },
  });
  return {
    comments: rows.map((r) => ({
      id: r.id,
      campaignId: r.campaignId,
      campaignTitle: r.campaign.title,
      campaignLang: r.campaign.locale,
      name: r.displayName ?? "",
      comment: r.comment ?? "",
      writtenAt: r.createdAt,
    })),
    campaigns: campaigns.map((c) => ({ id: c.id, title: c.title, lang: c.locale, waiting: counts.get(c.id) ?? 0 })),
  };
}
