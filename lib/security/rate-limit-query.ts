// One fixed-window rate-limit step in one statement: a fresh window starts at 1, a running one
// counts up. Plain SQL ($1: the key, $2: the window in seconds), shared by the app
// (lib/server/security/rate-limit.ts) and the bench's plain server, which must do the app's work.
export const RATE_LIMIT_SQL = `
  INSERT INTO "RateLimit" ("key", "points", "expiresAt")
  VALUES ($1, 1, now() + make_interval(secs => $2::int))
  ON CONFLICT ("key") DO UPDATE SET
    "points" = CASE WHEN "RateLimit"."expiresAt" <= now() THEN 1 ELSE "RateLimit"."points" + 1 END,
    "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= now()
      THEN now() + make_interval(secs => $2::int) ELSE "RateLimit"."expiresAt" END
  RETURNING "points", CEIL(EXTRACT(EPOCH FROM ("expiresAt" - now())))::int AS "retry"`;

export type RateLimitRow = { points: number; retry: number };
