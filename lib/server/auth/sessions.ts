import "server-only";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { cache } from "react";
import { findSessionWith, type Viewer } from "@/lib/auth/find-session";
import { sql } from "@/lib/server/db";
import { cookieName } from "@/lib/server/security/cookie-names";

// The app's one reader of sessions: which cookie holds one, looked up by lib/auth/find-session.ts
// (which the front door's signing endpoint uses too). lib/server/authz.ts only decides what the
// viewer it returns may do (docs/decisions/015).

export { SESSION_LIMITS, sessionStillValid, type Viewer } from "@/lib/auth/find-session";

/** Who a session cookie's token belongs to, or null (lib/auth/find-session.ts), on the app's pool. */
export function findSession(token: string | undefined, now: number = Date.now()): Promise<Viewer | null> {
  return findSessionWith(sql, token, now);
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
