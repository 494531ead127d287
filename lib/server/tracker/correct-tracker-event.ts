import "server-only";
import { db } from "@/lib/server/db";
import type { Viewer } from "@/lib/server/auth/sessions";
import type { EventCorrectionInput } from "@/lib/validation/tracker";
import { eventSnapshot } from "./event-snapshot";
import { finishTrackerWrite } from "./finish-tracker-write";
import { positionsNow } from "./queue-position-emails";
import { changesFor, TRACKER_TRANSACTION, conflict, type TrackerWriteResult } from "./record-tracker-event";
import { storeEvidence, type NewEvidence } from "./store-evidence";
import { eventTranslationRows, reasonTranslationRows } from "./event-translations";

// What a correction does to the evidence: nothing, take it away, or put new evidence in its
// place. Evidence rows are never edited; the old one stays, marked replaced, for the record.
// "relabel" keeps the link and archived bytes but corrects who published it and when.
export type EvidenceChange =
  | { action: "keep" }
  | { action: "remove" }
  | { action: "replace"; evidence: NewEvidence }
  | { action: "relabel"; source: { sourceTitle: string; sourcePublisher: string; sourceDate: string } };

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

// The current evidence again, with corrected source labels: same link, same bytes, same hash.
async function relabelled(tx: Tx, eventId: string, source: { sourceTitle: string; sourcePublisher: string; sourceDate: string }): Promise<NewEvidence | null> {
  const old = await tx.evidence.findFirst({
    where: { eventId, replacedAt: null },
    select: { kind: true, url: true, sha256: true, contentType: true, size: true, finalUrl: true, archivedAt: true, fileName: true, content: { select: { bytes: true } } },
  });
  if (!old) return null;
  const archive =
    old.content && old.sha256 && old.contentType && old.size !== null && old.archivedAt
      ? { bytes: Buffer.from(old.content.bytes), sha256: old.sha256, contentType: old.contentType, size: old.size, finalUrl: old.finalUrl, archivedAt: old.archivedAt, fileName: old.fileName }
      : null;
  return { kind: old.kind, url: old.url, ...source, archive };
}

/**
 * Corrects an event in public: its date, text, position changes and evidence become what the
 * editor gives, and a correction with its reason is added (shown on the page as "corrected on").
 * The audit log keeps the event before and after. Positions are derived, so they follow; when
 * one changes, followers who chose it are emailed.
 */
export async function correctTrackerEvent({ input, evidence, actor }: { input: EventCorrectionInput; evidence: EvidenceChange; actor: Viewer }): Promise<TrackerWriteResult> {
  return db.$transaction(async (tx) => {
    const event = await tx.campaignEvent.findFirst({
      where: { id: input.eventId, campaignId: input.campaignId },
      select: { id: true, retractedAt: true, campaign: { select: { locale: true, targets: { select: { id: true } } } }, evidence: { where: { replacedAt: null }, select: { id: true } } },
    });
    if (!event) return { ok: false, error: "not_found" } as const;
    if (event.retractedAt) return conflict({ reason: "eventRetracted" });
    const { changes, foreign } = changesFor(input.positions, new Set(event.campaign.targets.map((t) => t.id)));
    if (foreign) return conflict({ [`positions.${foreign}`]: "targetUnknown" });
    const hasEvidence = evidence.action === "replace" || (evidence.action !== "remove" && event.evidence.length > 0);
    if (changes.length > 0 && !hasEvidence) return conflict({ evidenceUrl: "evidenceRequired" });

    const before = await eventSnapshot(tx, event.id);
    const positionsBefore = await positionsNow(tx, input.campaignId);
    await tx.campaignEvent.update({
      where: { id: event.id },
      data: { occurredOn: new Date(`${input.occurredOn}T00:00:00Z`), title: input.title, body: input.body },
    });
    // The translations become the form's: a language left empty loses its translation.
    await tx.campaignEventTranslation.deleteMany({ where: { eventId: event.id } });
    await tx.campaignEventTranslation.createMany({ data: eventTranslationRows(input.translations, event.campaign.locale).map((row) => ({ eventId: event.id, ...row })) });
    await tx.positionChange.deleteMany({ where: { eventId: event.id } });
    await tx.positionChange.createMany({ data: changes.map(([targetId, status]) => ({ eventId: event.id, targetId, status })) });
    if (evidence.action !== "keep") {
      const next = evidence.action === "replace" ? evidence.evidence : evidence.action === "relabel" ? await relabelled(tx, event.id, evidence.source) : null;
      await tx.evidence.updateMany({ where: { eventId: event.id, replacedAt: null }, data: { replacedAt: new Date() } });
      if (next) await storeEvidence(tx, { eventId: event.id, evidence: next, recordedById: actor.id });
    }
    const correction = await tx.eventCorrection.create({
      data: {
        eventId: event.id,
        kind: "CORRECTED",
        reason: input.reason,
        actorId: actor.id,
        translations: { create: reasonTranslationRows(input.reasonTranslations, event.campaign.locale) },
      },
      select: { id: true },
    });
    return finishTrackerWrite(tx, {
      actor,
      action: "tracker.correct",
      campaignId: input.campaignId,
      eventId: event.id,
      eventTitle: input.title,
      positionsBefore,
      before,
      after: { reason: input.reason },
      key: `${event.id}:${correction.id}`,
    });
  }, TRACKER_TRANSACTION);
}
