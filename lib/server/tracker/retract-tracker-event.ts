import "server-only";
import { db } from "@/lib/server/db";
import type { Viewer } from "@/lib/server/auth/sessions";
import { eventSnapshot } from "./event-snapshot";
import { finishTrackerWrite } from "./finish-tracker-write";
import { positionsNow } from "./queue-position-emails";
import { reasonTranslationRows } from "./event-translations";
import { TRACKER_TRANSACTION, conflict, type TrackerWriteResult } from "./record-tracker-event";

/**
 * Retracts an event: it stays on the public page, struck through with the reason, and no longer
 * moves anyone's position (positions are derived, so they fall back at once). Audited with
 * before and after; followers who chose it hear of a position that changed.
 */
export async function retractTrackerEvent({
  campaignId,
  eventId,
  reason,
  reasonTranslations,
  actor,
}: {
  campaignId: string;
  eventId: string;
  reason: string;
  // The reason in other languages than the campaign's, by language.
  reasonTranslations: Record<string, string>;
  actor: Viewer;
}): Promise<TrackerWriteResult> {
  return db.$transaction(async (tx) => {
    const event = await tx.campaignEvent.findFirst({ where: { id: eventId, campaignId }, select: { id: true, title: true, campaign: { select: { locale: true } } } });
    if (!event) return { ok: false, error: "not_found" } as const;
    const positionsBefore = await positionsNow(tx, campaignId);
    const before = await eventSnapshot(tx, event.id);
    // Only an event not yet retracted: two editors pressing at once retract it once.
    const { count } = await tx.campaignEvent.updateMany({ where: { id: event.id, retractedAt: null }, data: { retractedAt: new Date() } });
    if (count === 0) return conflict({ reason: "eventRetracted" });
    const correction = await tx.eventCorrection.create({
      data: { eventId: event.id, kind: "RETRACTED", reason, actorId: actor.id, translations: { create: reasonTranslationRows(reasonTranslations, event.campaign.locale) } },
      select: { id: true },
    });
    return finishTrackerWrite(tx, {
      actor,
      action: "tracker.retract",
      campaignId,
      eventId: event.id,
      eventTitle: event.title,
      positionsBefore,
      before,
      after: { reason },
      key: `${event.id}:${correction.id}`,
    });
  }, TRACKER_TRANSACTION);
}
