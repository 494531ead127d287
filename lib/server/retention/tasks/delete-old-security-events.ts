import "server-only";
import type { RetentionTaskOptions } from "../retention-schedule";

// The security event log (lib/server/security/record-security-event.ts): what happened at the
// doors, by keyed hash only, for staff to see attacks by the hour; kept this many days.
export async function deleteOldSecurityEvents({ tx, days }: RetentionTaskOptions & { days: number }): Promise<number> {
  return tx.$executeRaw`DELETE FROM "SecurityEvent" WHERE "createdAt" < (now() AT TIME ZONE 'UTC') - make_interval(days => ${days})`;
}
