import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";
import { touchCampaigns } from "@/lib/server/campaigns/touch-campaign";

export type VerifyEvidenceResult = { ok: true } | { ok: false; error: "not_found" | "own_evidence" | "already_verified" };

/**
 * A second staff member confirms that the evidence supports the event. Whoever recorded the
 * evidence can never verify it: that is checked here, not only hidden in the page.
 */
export async function verifyEvidence({ campaignId, evidenceId, actor }: { campaignId: string; evidenceId: string; actor: Viewer }): Promise<VerifyEvidenceResult> {
  return db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findFirst({
      where: { id: evidenceId, replacedAt: null, event: { campaignId } },
      select: { id: true, eventId: true, recordedById: true, verifiedAt: true, sha256: true, url: true },
    });
    if (!evidence) return { ok: false, error: "not_found" } as const;
    if (evidence.recordedById === actor.id) return { ok: false, error: "own_evidence" } as const;
    const verifiedAt = new Date();
    const { count } = await tx.evidence.updateMany({
      where: { id: evidence.id, verifiedAt: null, OR: [{ recordedById: null }, { recordedById: { not: actor.id } }] },
      data: { verifiedById: actor.id, verifiedAt },
    });
    if (count === 0) return { ok: false, error: "already_verified" } as const;
    await touchCampaigns(tx, [campaignId]);
    await recordAudit(tx, actor, {
      action: "evidence.verify",
      entityType: "Evidence",
      entityId: evidence.id,
      before: { verifiedAt: null },
      after: { eventId: evidence.eventId, sha256: evidence.sha256, url: evidence.url, verifiedAt },
    });
    return { ok: true } as const;
  });
}
