import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";
import { touchCampaigns } from "@/lib/server/campaigns/touch-campaign";
import type { TargetStatusValue } from "@/lib/validation/tracker";
import { eventSnapshot } from "./event-snapshot";
import { positionMoves, positionsNow, queuePositionEmails } from "./queue-position-emails";

type Finish = {
  actor: Viewer;
  action: "tracker.add" | "tracker.correct" | "tracker.retract";
  campaignId: string;
  eventId: string;
  eventTitle: string;
  positionsBefore: Map<string, TargetStatusValue>;
  // The event as it was (null for a new one); the positions that moved are added to it.
  before: object | null;
  after?: object;
  // Names this change, so that a retried request queues no email twice.
  key: string;
};

/**
 * What every change to the tracker's record does last, in its transaction: a new version of the
 * campaign's public page, the audit entry with before and after (and the positions that moved),
 * and the emails to followers who chose to hear of a position that changed.
 */
export async function finishTrackerWrite(tx: Prisma.TransactionClient, f: Finish) {
  await touchCampaigns(tx, [f.campaignId]);
  const moves = positionMoves(f.positionsBefore, await positionsNow(tx, f.campaignId));
  const moved = moves.length ? { positions: Object.fromEntries(moves.map((m) => [m.targetId, m.from])) } : null;
  await recordAudit(tx, f.actor, {
    action: f.action,
    entityType: "CampaignEvent",
    entityId: f.eventId,
    before: f.before ? { ...f.before, ...moved } : moved,
    after: { ...(await eventSnapshot(tx, f.eventId)), ...f.after },
  });
  const emails = await queuePositionEmails(tx, { campaignId: f.campaignId, key: f.key, moves, eventTitle: f.eventTitle });
  return { ok: true, id: f.eventId, emails } as const;
}
