import type { Query } from "@/lib/database/query";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashSessionToken, isSessionTokenShaped } from "./session-token";

// How a session cookie is found, and how long a session lasts: read without Auth.js
// (docs/decisions/015), by the app (lib/server/auth/sessions.ts) and the front door's signing
// endpoint alike. Auth.js makes sessions at sign-in and ends them at sign-out.

// Nothing extends a session by being used (not Auth.js's /api/auth/session either: the adapter
// never moves `expires`). Supporters stay signed in for 30 days from sign-in; staff, who can see
// and change far more, for 12 hours from sign-in and only while they keep using it: 30 minutes
// without a request ends it. That last request is written at most once a minute, so a busy
// admin costs one write a minute, not one per request.
export const SESSION_LIMITS = {
  supporterMs: 30 * 24 * 60 * 60_000,
  staffMs: 12 * 60 * 60_000,
  staffIdleMs: 30 * 60_000,
  touchEveryMs: 60_000,
} as const;

// signedInAt is when this session began (its row's creation: one per sign-in); read it through
// lib/auth/recent-sign-in.ts, never directly.
export type Viewer = { id: string; email: string; role: Role; signedInAt: Date };

type Row = Viewer & { expires: Date; lastSeenAt: Date };

export function sessionStillValid(row: Pick<Row, "role" | "expires" | "signedInAt" | "lastSeenAt">, now: number): boolean {
  if (row.expires.getTime() <= now) return false;
  if (row.role === "SUPPORTER") return now - row.signedInAt.getTime() < SESSION_LIMITS.supporterMs;
  return now - row.signedInAt.getTime() < SESSION_LIMITS.staffMs && now - row.lastSeenAt.getTime() < SESSION_LIMITS.staffIdleMs;
}

// The columns hold UTC without a time zone (Prisma's convention): read and written as UTC,
// never in this process's or the server's time zone.
const SESSION_SQL = `SELECT u."id", u."email", u."role", s."createdAt" AT TIME ZONE 'UTC' AS "signedInAt",
         s."expires" AT TIME ZONE 'UTC' AS "expires", s."lastSeenAt" AT TIME ZONE 'UTC' AS "lastSeenAt"
  FROM "Session" s JOIN "User" u ON u."id" = s."userId"
  WHERE s."sessionToken" = $1`;

const TOUCH_SQL = `UPDATE "Session" SET "lastSeenAt" = $2::timestamptz AT TIME ZONE 'UTC'
  WHERE "sessionToken" = $1 AND "lastSeenAt" <= $3::timestamptz AT TIME ZONE 'UTC'`;

/**
 * Who a session cookie's token belongs to, or null. One indexed read (the token's hash is the
 * unique key); for staff, one conditional write a minute at most.
 */
export async function findSessionWith(query: Query, token: string | undefined, now: number = Date.now()): Promise<Viewer | null> {
  if (!token || !isSessionTokenShaped(token)) return null;
  const hash = hashSessionToken(token);
  const [row] = await query<Row>(SESSION_SQL, [hash]);
  if (!row || !sessionStillValid(row, now)) return null;
  if (row.role !== "SUPPORTER" && now - row.lastSeenAt.getTime() >= SESSION_LIMITS.touchEveryMs) {
    await query(TOUCH_SQL, [hash, new Date(now).toISOString(), new Date(now - SESSION_LIMITS.touchEveryMs).toISOString()]);
  }
  return { id: row.id, email: row.email, role: row.role, signedInAt: row.signedInAt };
}
