import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";
import { touchCampaigns } from "@/lib/server/campaigns/touch-campaign";

export type SetTargetsResult = { ok: true } | { ok: false; error: "not_found" } | { ok: false; error: "conflict"; kept: string[] };

/**
 * Which decision makers a campaign is addressed to. A decision maker whose position on it is on
 * the record (any event moved it) stays: the record is not rewritten by unticking a box; retract
 * the events first. New ones start at "No response recorded".
 */
export async function setCampaignTargets({ campaignId, decisionMakerIds, actor }: { campaignId: string; decisionMakerIds: string[]; actor: Viewer }): Promise<SetTargetsResult> {
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findUnique({
      where: { id: campaignId },
      select: { id: true, targets: { orderBy: { position: "asc" }, select: { id: true, decisionMakerId: true, position: true, _count: { select: { changes: true } } } } },
    });
    if (!campaign) return { ok: false, error: "not_found" } as const;
    const wanted = new Set((await tx.decisionMaker.findMany({ where: { id: { in: decisionMakerIds } }, select: { id: true } })).map((d) => d.id));
    const current = new Set(campaign.targets.map((t) => t.decisionMakerId));
    const leaving = campaign.targets.filter((t) => !wanted.has(t.decisionMakerId));
    const kept = leaving.filter((t) => t._count.changes > 0).map((t) => t.decisionMakerId);
    await tx.campaignTarget.deleteMany({ where: { id: { in: leaving.filter((t) => t._count.changes === 0).map((t) => t.id) } } });
    let position = Math.max(-1, ...campaign.targets.map((t) => t.position));
    const joining = [...wanted].filter((id) => !current.has(id));
    await tx.campaignTarget.createMany({ data: joining.map((decisionMakerId) => ({ campaignId, decisionMakerId, position: ++position })) });
    await touchCampaigns(tx, [campaignId]);
    await recordAudit(tx, actor, {
      action: "campaign.targets",
      entityType: "Campaign",
      entityId: campaignId,
      before: { decisionMakers: [...current] },
      after: { decisionMakers: [...current].filter((id) => wanted.has(id) || kept.includes(id)).concat(joining) },
    });
    return kept.length ? ({ ok: false, error: "conflict", kept } as const) : ({ ok: true } as const);
  });
}
