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
  // Entries name accounts by id only (never a supporter's address). For an account that is
  // staff now, the page shows its current address beside the id; supporters stay an id.
  const userIds = [...new Set(entries.filter((e) => e.entityType === "User" && e.entityId).map((e) => e.entityId!))];
  const staff = await db.user.findMany({ where: { id: { in: userIds }, role: { not: "SUPPORTER" } }, select: { id: true, email: true } });
  const staffEmail = new Map(staff.map((u) => [u.id, u.email]));
  return {
    entries: entries.map((e) => ({ ...e, staffEmail: e.entityType === "User" && e.entityId ? (staffEmail.get(e.entityId) ?? null) : null })),
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
