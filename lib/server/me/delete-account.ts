import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { randomShard } from "@/lib/counting/shards";

export type DeleteAccountResult = { ok: true; campaignIds: string[] } | { ok: false; error: "last_admin" };

// Deletes one account and everything that belongs to it, at once and for good (PRODUCT.md:
// a signer can delete their account at any time). In one transaction:
// - every signature is withdrawn: the rows go and the public counts fall by as many, through
//   one counter shard per campaign and country (no hot row, the same shape as a withdrawal),
//   and campaigns that showed their name get a new version, so cached pages drop it at once;
// - the sign-in links, and the emails queued or sent to the address, are deleted (only a
//   message the worker is handing to the mail server at that moment can still arrive);
// - the user row goes, and with it (by cascade) sessions, follows and linked accounts.
// Tracker entries and updates the person wrote as staff stay, without their author. The audit
// log is never rewritten; a staff account's deletion is itself recorded there (a supporter's
// is not: that would keep the address this deletes).
export async function deleteAccount(userId: string): Promise<DeleteAccountResult> {
  const result = await db.$transaction(async (tx): Promise<DeleteAccountResult> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
    if (!user) return { ok: true, campaignIds: [] };
    if (user.role === "ADMIN") {
      // Lock every admin row, in one order, so two admins deleting themselves at once cannot
      // both pass (rows another transaction deleted meanwhile are not returned).
      const admins = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' ORDER BY "id" FOR UPDATE`;
      if (admins.length <= 1) return { ok: false, error: "last_admin" };
    }
    const withdrawn = await tx.$queryRaw<{ campaignId: string }[]>`
      WITH removed AS (
        DELETE FROM "Signature" WHERE "userId" = ${user.id}
        RETURNING "campaignId", COALESCE("country", '') AS "country", "showName"
      ), counted AS (
        INSERT INTO "SignatureCounterShard" ("campaignId", "country", "shard", "count")
        SELECT "campaignId", "country", ${randomShard()}, -count(*)::int FROM removed GROUP BY "campaignId", "country"
        ON CONFLICT ("campaignId", "country", "shard")
        DO UPDATE SET "count" = "SignatureCounterShard"."count" + EXCLUDED."count"
        RETURNING 1
      ), shown AS (
        UPDATE "Campaign" SET "updatedAt" = now() AT TIME ZONE 'UTC'
        WHERE "id" IN (SELECT "campaignId" FROM removed WHERE "showName")
        RETURNING 1
      )
      SELECT DISTINCT "campaignId" FROM removed`;
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.emailOutbox.deleteMany({ where: { to: user.email } });
    if (user.role !== "SUPPORTER") {
      await recordAudit(tx, user, { action: "account.delete", entityType: "User", entityId: user.id, before: { email: user.email, role: user.role } });
    }
    await tx.user.delete({ where: { id: user.id } });
    return { ok: true, campaignIds: withdrawn.map((w) => w.campaignId) };
  });
  return result;
}
