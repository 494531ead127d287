import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";

// The comments the public can see, or could once shown again (their signers chose to show their
// name, and they no longer wait for review), for moderation. Nothing else about any signer is
// shown here; comments waiting for review are in the queue (list-comments-for-review.ts).
export async function listPublicComments({ campaignId, take = 100 }: { campaignId: string; take?: number }) {
  return db.signature.findMany({
    where: { campaignId, showName: true, comment: { not: null }, commentPending: false },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, displayName: true, comment: true, commentHidden: true, createdAt: true },
  });
}

export async function setCommentHidden({ signatureId, campaignId, hidden, actor }: { signatureId: string; campaignId: string; hidden: boolean; actor: Viewer }) {
  return db.$transaction(async (tx) => {
    const signature = await tx.signature.findFirst({
      where: { id: signatureId, campaignId, showName: true, comment: { not: null }, commentPending: false },
      select: { id: true, commentHidden: true },
    });
    if (!signature) return { ok: false, error: "not_found" } as const;
    await tx.signature.update({ where: { id: signature.id }, data: { commentHidden: hidden } });
    // A new version of the public page, so a hidden comment is gone from it at once.
    await tx.campaign.update({ where: { id: campaignId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: hidden ? "comment.hide" : "comment.unhide",
      entityType: "Signature",
      entityId: signature.id,
      before: { commentHidden: signature.commentHidden },
      after: { commentHidden: hidden },
    });
    return { ok: true } as const;
  });
}
