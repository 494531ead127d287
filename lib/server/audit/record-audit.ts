import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/sessions";

type AuditClient = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditEntry = {
  action: string; // e.g. "campaign.update", "user.role"
  entityType: string; // e.g. "Campaign"
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Appends one entry to the audit log, inside the caller's transaction so that a change and
// its record land together or not at all. The table refuses UPDATE and DELETE (a trigger).
// The actor is always a staff member acting as staff (or deleting their own staff account):
// their own address is recorded. Nobody else's address belongs in an entry: a person whose
// record changed is named by id (docs/decisions/008).
export async function recordAudit(tx: AuditClient, actor: Pick<Viewer, "id" | "email">, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

// Dates and other values as plain JSON; undefined means "no value" (SQL NULL).
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
