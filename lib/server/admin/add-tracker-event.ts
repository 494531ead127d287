import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/authz";
import type { TargetStatus } from "@/lib/generated/prisma/enums";

type EventInput = {
  campaignId: string;
  occurredOn: string;
  title: string;
  body: string;
  evidenceUrl: string;
  targetId: string;
  targetStatus: TargetStatus | "";
  titleUg: string;
  bodyUg: string;
};

// Records a tracker event and, when given, the target's new status, with one audit entry.
// The target is looked up through the campaign, so an event never moves another campaign's target.
export async function addTrackerEvent({ input, actor }: { input: EventInput; actor: Viewer }) {
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } });
    if (!campaign) return { ok: false, error: "not_found" } as const;
    const target = input.targetId
      ? await tx.target.findFirst({ where: { id: input.targetId, campaignId: campaign.id }, select: { id: true, status: true } })
      : null;
    if (input.targetId && !target) return { ok: false, error: "conflict", fieldErrors: { targetId: "targetRequired" } } as const;
    const event = await tx.campaignEvent.create({
      data: {
        campaignId: campaign.id,
        occurredOn: new Date(`${input.occurredOn}T00:00:00Z`),
        title: input.title,
        body: input.body,
        evidenceUrl: input.evidenceUrl || null,
        targetId: target?.id ?? null,
        targetStatus: input.targetStatus || null,
        authorId: actor.id,
        translations: input.titleUg ? { create: { locale: "ug", title: input.titleUg, body: input.bodyUg } } : undefined,
      },
      select: { id: true, occurredOn: true, title: true, body: true, evidenceUrl: true, targetId: true, targetStatus: true },
    });
    if (target && input.targetStatus) {
      await tx.target.update({ where: { id: target.id }, data: { status: input.targetStatus } });
    }
    // The public page's version follows the campaign's updatedAt: a new event is a new version.
    await tx.campaign.update({ where: { id: campaign.id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "tracker.add",
      entityType: "CampaignEvent",
      entityId: event.id,
      before: target && input.targetStatus ? { targetStatus: target.status } : null,
      after: event,
    });
    return { ok: true, id: event.id } as const;
  });
}
