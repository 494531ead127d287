import type { TargetStatusValue } from "@/lib/validation/tracker";

export type ChangeOnRecord = {
  targetId: string;
  status: TargetStatusValue;
  event: { id: string; occurredOn: Date; createdAt: Date; retractedAt: Date | null };
};

export type PositionStep = { eventId: string; from: TargetStatusValue; to: TargetStatusValue; since: Date };
export type CurrentPosition = { status: TargetStatusValue; since: Date | null; eventId: string | null; history: PositionStep[] };

export const INITIAL_POSITION: TargetStatusValue = "NO_RESPONSE";

const byWhenItHappened = (a: ChangeOnRecord, b: ChangeOnRecord) =>
  a.event.occurredOn.getTime() - b.event.occurredOn.getTime() || a.event.createdAt.getTime() - b.event.createdAt.getTime() || a.event.id.localeCompare(b.event.id);

/**
 * Each decision maker's position, derived from the record and never stored: the status of the
 * latest change (by the date it happened, then the order it was recorded) of an event that is not
 * retracted, with every step before it. A retraction or a corrected date therefore moves the
 * position by itself. Targets with no change are "No response recorded".
 */
export function derivePositions(targetIds: readonly string[], changes: readonly ChangeOnRecord[]): Map<string, CurrentPosition> {
  const positions = new Map<string, CurrentPosition>(targetIds.map((id) => [id, { status: INITIAL_POSITION, since: null, eventId: null, history: [] }]));
  for (const change of changes.filter((c) => c.event.retractedAt === null).sort(byWhenItHappened)) {
    const current = positions.get(change.targetId);
    if (!current) continue;
    current.history.push({ eventId: change.event.id, from: current.status, to: change.status, since: change.event.occurredOn });
    current.status = change.status;
    current.since = change.event.occurredOn;
    current.eventId = change.event.id;
  }
  return positions;
}
