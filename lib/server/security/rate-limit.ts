import "server-only";
import { consumeRateLimitsWith, consumeRateLimitWith, type RateLimitResult, type RateLimitRule } from "@/lib/security/rate-limit";
import { appDatabase, db } from "@/lib/server/db";

export { RATE_LIMITS, type RateLimitResult, type RateLimitRule } from "@/lib/security/rate-limit";

// The rate limits (lib/security/rate-limit.ts) on the app's database.
export function consumeRateLimit(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
  return consumeRateLimitWith(appDatabase(), rule, subject);
}

export function consumeRateLimits(checks: [RateLimitRule, string][]): Promise<RateLimitResult> {
  return consumeRateLimitsWith(appDatabase(), checks);
}

// Expired windows are dead weight; the periodic job removes them.
export async function deleteExpiredRateLimits(): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return count;
}
