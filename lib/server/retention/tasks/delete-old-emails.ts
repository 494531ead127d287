import "server-only";
import type { RetentionTaskOptions } from "../retention-schedule";

// Sent and failed emails (address, subject, text) go a number of days after they were sent,
// or, for failed ones, queued. Emails still waiting to be sent stay until they are.
export async function deleteOldEmails({ tx, days }: RetentionTaskOptions & { days: number }): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM "EmailOutbox"
     WHERE "status" IN ('SENT', 'FAILED')
       AND COALESCE("sentAt", "createdAt") < (now() AT TIME ZONE 'UTC') - make_interval(days => ${days}::int)`;
}
