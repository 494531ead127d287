import "server-only";
import type { NextRequest } from "next/server";
import { db } from "@/lib/server/db";
import type { Role } from "@/lib/generated/prisma/enums";

import { SESSION_COOKIES } from "@/lib/server/authz";

// The role behind a request's session cookie, for the proxy's early check of admin paths.
// One indexed read; the page and every action still check through getViewer().
export async function sessionRole(request: NextRequest): Promise<Role | null> {
  const token = SESSION_COOKIES.map((name) => request.cookies.get(name)?.value).find(Boolean);
  if (!token) return null;
  const session = await db.session.findUnique({ where: { sessionToken: token }, select: { expires: true, user: { select: { role: true } } } });
  return session && session.expires > new Date() ? session.user.role : null;
}
