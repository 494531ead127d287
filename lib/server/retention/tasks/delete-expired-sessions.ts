import "server-only";
import type { RetentionTaskOptions } from "../retention-schedule";

// A session past its expiry signs nobody in; its row is only a record of a device.
export async function deleteExpiredSessions({ tx }: RetentionTaskOptions): Promise<number> {
  return tx.$executeRaw`DELETE FROM "Session" WHERE "expires" < (now() AT TIME ZONE 'UTC')`;
}
