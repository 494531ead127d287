import "server-only";
import type { NextRequest } from "next/server";
import type { Role } from "@/lib/generated/prisma/enums";
import { cookieName } from "@/lib/server/security/cookie-names";
import { findSession } from "./find-session";

// The role behind a request's session cookie, for the proxy's early checks (admin paths, and
// whether a campaign page must be rendered for this visitor). The same rules as getViewer():
// one indexed read; the page and every action still check through getViewer().
export async function sessionRole(request: NextRequest): Promise<Role | null> {
  return (await findSession(request.cookies.get(cookieName("authjs.session-token"))?.value))?.role ?? null;
}
