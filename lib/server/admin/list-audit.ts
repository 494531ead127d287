import "server-only";
import { db } from "@/lib/server/db";

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit({ page = 1 }: { page?: number }) {
  const skip = (Math.max(1, page) - 1) * AUDIT_PAGE_SIZE;
  const [entries, total] = await Promise.all([
    db.auditLog.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, createdAt: true, actorEmail: true, action: true, entityType: true, entityId: true, before: true, after: true },
    }),
    db.auditLog.count(),
  ]);
  return { entries, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
