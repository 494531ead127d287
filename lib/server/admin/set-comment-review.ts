import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";

// Whether a campaign's named comments wait for review. Comments already waiting stay in the
// queue either way: turning review off publishes nothing unread. The sign form says whether
// comments are reviewed, so the campaign gets a new version (its updatedAt moves).
export async function setCommentReview({ campaignId, on, actor }: { campaignId: string; on: boolean; actor: Viewer }) {
  const result = await db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { reviewComments: true } });
    if (!campaign) return { ok: false, error: "not_found" } as const;
    await tx.campaign.update({ where: { id: campaignId }, data: { reviewComments: on } });
    await recordAudit(tx, actor, {
      action: "campaign.comment-review",
      entityType: "Campaign",
      entityId: campaignId,
      before: { reviewComments: campaign.reviewComments },
      after: { reviewComments: on },
    });
    return { ok: true } as const;
  });
  return result;
}
