import "server-only";
import { db } from "@/lib/server/db";
import type { Viewer } from "@/lib/server/auth/sessions";
import type { TrackerEventInput } from "@/lib/validation/tracker";
import { finishTrackerWrite } from "./finish-tracker-write";
import { positionsNow } from "./queue-position-emails";
import { storeEvidence, type NewEvidence } from "./store-evidence";
import { eventTranslationRows } from "./event-translations";

export type TrackerWriteResult = { ok: true; id: string; emails: number } | { ok: false; error: "not_found" } | { ok: false; error: "conflict"; fieldErrors: Record<string, string> };

export const conflict = (fieldErrors: Record<string, string>): TrackerWriteResult => ({ ok: false, error: "conflict", fieldErrors });

// Queuing position emails for a campaign with many followers takes longer than Prisma's 5 s.
export const TRACKER_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

// The position changes an event states, checked against the campaign's own targets: an event
// never moves another campaign's decision maker.
export function changesFor(positions: Record<string, string>, ownTargets: Set<string>) {
  const changes = Object.entries(positions).filter(([, status]) => status !== "");
  const foreign = changes.find(([targetId]) => !ownTargets.has(targetId));
  return { changes: changes as [string, Exclude<TrackerEventInput["positions"][string], "">][], foreign: foreign?.[0] };
}

/**
 * Records a tracker event: its text (and its translations), the positions it moves, and its
 * evidence (already fetched or uploaded by the caller), with one audit entry, in one transaction.
 * Followers who chose it are emailed when a position actually changes. A change of position
 * needs evidence.
 */
export async function recordTrackerEvent({ input, evidence, actor }: { input: TrackerEventInput; evidence: NewEvidence | null; actor: Viewer }): Promise<TrackerWriteResult> {
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true, locale: true, targets: { select: { id: true } } } });
    if (!campaign) return { ok: false, error: "not_found" } as const;
    const { changes, foreign } = changesFor(input.positions, new Set(campaign.targets.map((t) => t.id)));
    if (foreign) return conflict({ [`positions.${foreign}`]: "targetUnknown" });
    if (changes.length > 0 && !evidence) return conflict({ evidenceUrl: "evidenceRequired" });

    const before = await positionsNow(tx, campaign.id);
    const event = await tx.campaignEvent.create({
      data: {
        campaignId: campaign.id,
        occurredOn: new Date(`${input.occurredOn}T00:00:00Z`),
        title: input.title,
        body: input.body,
        authorId: actor.id,
        translations: { create: eventTranslationRows(input.translations, campaign.locale) },
        changes: { create: changes.map(([targetId, status]) => ({ targetId, status })) },
      },
      select: { id: true },
    });
    if (evidence) await storeEvidence(tx, { eventId: event.id, evidence, recordedById: actor.id });
    return finishTrackerWrite(tx, { actor, action: "tracker.add", campaignId: campaign.id, eventId: event.id, eventTitle: input.title, positionsBefore: before, before: null, key: `${event.id}:recorded` });
  }, TRACKER_TRANSACTION);
}
