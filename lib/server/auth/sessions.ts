import "server-only";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { cache } from "react";
import { hashSessionToken, isSessionTokenShaped } from "@/lib/auth/session-token";
import { db, sql } from "@/lib/server/db";
import { cookieName } from "@/lib/server/security/cookie-names";
import type { Role } from "@/lib/generated/prisma/enums";

// The one module that reads sessions: which cookie holds one, how it is found, how long it lasts.
// lib/server/authz.ts only decides what the viewer it returns may do. Sessions are read here
// without Auth.js (docs/decisions/015): Auth.js makes them at sign-in and ends them at sign-out.

// How long a session lasts. Nothing extends one by being used (not Auth.js's /api/auth/session
// either: the adapter never moves `expires`). Supporters stay signed in for 30 days from sign-in;
// staff, who can see and change far more, for 12 hours from sign-in and only while they keep
// using it: 30 minutes without a request ends it. That last request is written at most once a
// minute, so a busy admin costs one write a minute, not one per request.
export const SESSION_LIMITS = {
  supporterMs: 30 * 24 * 60 * 60_000,
  staffMs: 12 * 60 * 60_000,
  staffIdleMs: 30 * 60_000,
  touchEveryMs: 60_000,
} as const;

// signedInAt is when this session began (its row's creation: one per sign-in); read it through
// lib/server/auth/recent-sign-in.ts, never directly.
export type Viewer = { id: string; email: string; role: Role; signedInAt: Date };

type Row = Viewer & { expires: Date; lastSeenAt: Date };

export function sessionStillValid(row: Pick<Row, "role" | "expires" | "signedInAt" | "lastSeenAt">, now: number): boolean {
  if (row.expires.getTime() <= now) return false;
  if (row.role === "SUPPORTER") return now - row.signedInAt.getTime() < SESSION_LIMITS.supporterMs;
  return now - row.signedInAt.getTime() < SESSION_LIMITS.staffMs && now - row.lastSeenAt.getTime() < SESSION_LIMITS.staffIdleMs;
}

/**
 * Who a session cookie belongs to, or null. One indexed read (the token's hash is the unique
 * key); for staff, one conditional write a minute at most.
 */
export async function findSession(token: string | undefined, now: number = Date.now()): Promise<Viewer | null> {
  if (!token || !isSessionTokenShaped(token)) return null;
  const hash = hashSessionToken(token);
  // Straight through the driver (lib/server/db.ts, sql): signing in a surge is mostly this
  // lookup. The columns hold UTC without a time zone (Prisma's convention): read as UTC, never
  // in this process's time zone.
  const [row] = await sql<Row>(
    `SELECT u."id", u."email", u."role", s."createdAt" AT TIME ZONE 'UTC' AS "signedInAt",
            s."expires" AT TIME ZONE 'UTC' AS "expires", s."lastSeenAt" AT TIME ZONE 'UTC' AS "lastSeenAt"
     FROM "Session" s JOIN "User" u ON u."id" = s."userId"
     WHERE s."sessionToken" = $1`,
    [hash],
  );
  if (!row || !sessionStillValid(row, now)) return null;
  if (row.role !== "SUPPORTER" && now - row.lastSeenAt.getTime() >= SESSION_LIMITS.touchEveryMs) {
    const at = new Date(now);
    const since = new Date(now - SESSION_LIMITS.touchEveryMs);
    await db.$executeRaw`UPDATE "Session" SET "lastSeenAt" = ${at} WHERE "sessionToken" = ${hash} AND "lastSeenAt" <= ${since}`;
  }
  return { id: row.id, email: row.email, role: row.role, signedInAt: row.signedInAt };
}

/**
 * Who is asking, once per request (React's cache). Every Server Action, route handler and admin
 * page calls this (or a require… helper of lib/server/authz.ts) itself: layouts and the proxy are
 * never the only check. Over https only the __Host- cookie counts.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const store = await cookies();
  return findSession(store.get(cookieName("authjs.session-token"))?.value);
});

/** The same, for the proxy, which has the request rather than Next's cookies(). */
export async function viewerOfRequest(request: NextRequest): Promise<Viewer | null> {
  return findSession(request.cookies.get(cookieName("authjs.session-token"))?.value);
}
