import "server-only";
import { SESSION_LIMITS } from "@/lib/server/auth/sessions";
import type { RetentionTaskOptions } from "../retention-schedule";

// A session that has ended signs nobody in (lib/server/auth/find-session.ts): past its expiry,
// a supporter's 30 days after sign-in, a staff member's 12 hours after sign-in or 30 minutes
// after its last request. Its row is then only a record of a device.
export async function deleteExpiredSessions({ tx }: RetentionTaskOptions): Promise<number> {
  const now = Date.now();
  return tx.$executeRaw`
    DELETE FROM "Session" s USING "User" u
    WHERE u."id" = s."userId" AND (
      s."expires" <= ${new Date(now)}
      OR (u."role" = 'SUPPORTER' AND s."createdAt" <= ${new Date(now - SESSION_LIMITS.supporterMs)})
      OR (u."role" <> 'SUPPORTER' AND (s."createdAt" <= ${new Date(now - SESSION_LIMITS.staffMs)} OR s."lastSeenAt" <= ${new Date(now - SESSION_LIMITS.staffIdleMs)})))`;
}
