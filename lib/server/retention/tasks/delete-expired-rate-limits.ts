import "server-only";
import type { RetentionTaskOptions } from "../retention-schedule";

// Rate-limit windows that have ended (keyed hashes of addresses; the app also clears them more
// often, lib/server/security/rate-limit.ts). Compared as they are written there, with now().
export async function deleteExpiredRateLimits({ tx }: RetentionTaskOptions): Promise<number> {
  return tx.$executeRaw`DELETE FROM "RateLimit" WHERE "expiresAt" < now()`;
}
