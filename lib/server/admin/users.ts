import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";
import type { Role } from "@/lib/generated/prisma/enums";

// Staff only: supporters are never listed, so this page is no list of signers.
export async function listStaff() {
  return db.user.findMany({
    where: { role: { in: ["EDITOR", "ADMIN"] } },
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, role: true },
  });
}

export type SetRoleResult = { ok: true } | { ok: false; error: "last_admin" };

// Grants or revokes a role by address. An address with no account gets one, holding the
// role, so the answer never tells whether someone had signed in before.
export async function setUserRole({ email, role, actor }: { email: string; role: Role; actor: Viewer }): Promise<SetRoleResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (before?.role === "ADMIN" && role !== "ADMIN") {
      // Locked in one order, so two admins demoting each other at once cannot both pass.
      const admins = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' ORDER BY "id" FOR UPDATE`;
      if (admins.length <= 1) return { ok: false, error: "last_admin" } as const;
    }
    const user = await tx.user.upsert({ where: { email }, update: { role }, create: { email, role }, select: { id: true } });
    // The account by id only: the address of someone who is (or becomes again) a supporter
    // never goes into the audit log, which can never be cleaned (docs/decisions/008).
    await recordAudit(tx, actor, {
      action: "user.role",
      entityType: "User",
      entityId: user.id,
      before: { role: before?.role ?? null },
      after: { role },
    });
    return { ok: true } as const;
  });
}
