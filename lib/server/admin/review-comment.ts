import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";

export type CommentDecision = "approve" | "reject";

// Decides a named comment waiting for review: approved, it is public with the signer's name;
// rejected, it stays hidden (the signer sees "not shown publicly"), and a moderator may still
// show it later from the campaign's comment list. Audited by flags only: the comment's text and
// its writer's name stay out of the log. Approval gives the campaign a new version, so cached
// pages show the comment at once (docs/decisions/006).
export async function reviewComment({ signatureId, decision, actor }: { signatureId: string; decision: CommentDecision; actor: Viewer }) {
  const result = await db.$transaction(async (tx) => {
    const signature = await tx.signature.findFirst({
      where: { id: signatureId, commentPending: true, showName: true, comment: { not: null } },
      select: { id: true, campaignId: true },
    });
    if (!signature) return { ok: false, error: "not_found" } as const;
    const hidden = decision === "reject";
    await tx.signature.update({ where: { id: signature.id }, data: { commentPending: false, commentHidden: hidden } });
    if (!hidden) await tx.campaign.update({ where: { id: signature.campaignId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: `comment.${decision}`,
      entityType: "Signature",
      entityId: signature.id,
      before: { commentPending: true },
      after: { commentPending: false, commentHidden: hidden, campaignId: signature.campaignId },
    });
    return { ok: true, campaignId: signature.campaignId } as const;
  });
  return result;
}
