import type { SigningDatabase } from "@/lib/database/query";
import { keyedHashWith } from "./keyed-hash";
import { RATE_LIMIT_SQL, type RateLimitRow } from "./rate-limit-query";
import { recordSecurityEventWith } from "./security-events";

export type RateLimitRule = { name: string; points: number; windowSeconds: number };

export const RATE_LIMITS = {
  signInPerAddress: { name: "signin-address", points: 5, windowSeconds: 60 * 60 },
  signInPerClient: { name: "signin-client", points: 20, windowSeconds: 60 * 60 },
  // Typing the address a link went to, in a browser other than the one that asked: a few tries
  // per link, then the link is void.
  signInAddressTries: { name: "signin-confirm", points: 5, windowSeconds: 30 * 60 },
  // Signing needs an account, and accounts need emails that are limited per client above; so
  // signing is limited per account only. A per-address limit would refuse a whole campus or
  // carrier NAT in the very surge the counting is built for.
  signingPerUser: { name: "sign-user", points: 30, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

// Fixed-window counters in PostgreSQL, so a limit holds across every instance, one statement
// each (./rate-limit-query.ts). The key is a keyed hash of the subject (an email address, a
// client address, a user id): nothing readable is stored. Through the driver, not Prisma: every
// signature passes here (docs/decisions/014-signing-hot-path.md).
export async function consumeRateLimitWith(database: SigningDatabase, rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
  const key = `${rule.name}:${keyedHashWith(database.secret, `rate-limit:${rule.name}`, subject)}`;
  const [row] = await database.query<RateLimitRow>(RATE_LIMIT_SQL, [key, rule.windowSeconds]);
  if (!row || row.points <= rule.points) return { ok: true };
  // Once per window and subject, however long someone keeps trying: a flood of refusals must
  // not become a flood of writes.
  if (row.points === rule.points + 1) await recordSecurityEventWith(database, { kind: "ratelimit.tripped", subject, detail: rule.name });
  return { ok: false, retryAfterSeconds: Math.max(1, row.retry) };
}

export async function consumeRateLimitsWith(database: SigningDatabase, checks: [RateLimitRule, string][]): Promise<RateLimitResult> {
  const results = await Promise.all(checks.map(([rule, subject]) => consumeRateLimitWith(database, rule, subject)));
  const refused = results.filter((r): r is { ok: false; retryAfterSeconds: number } => !r.ok);
  if (refused.length === 0) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) };
}
