import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findSession } from "@/lib/server/auth/find-session";
import { cookieName } from "@/lib/server/security/cookie-names";
import type { Role } from "@/lib/generated/prisma/enums";

// signedInAt is when this session began (its row's creation: Auth.js makes one per sign-in);
// read it through lib/server/auth/recent-sign-in.ts, never directly.
export type Viewer = { id: string; email: string; role: Role; signedInAt: Date };

// Who is asking, once per request. Every Server Action, route handler and admin page calls
// this (or a require… helper) itself: layouts and the proxy are never the only check.
// It reads the Auth.js database session directly, in one indexed query through the driver
// (lib/server/auth/find-session.ts): signing in a surge is mostly this lookup, and Auth.js's own
// auth() (or a Prisma query) costs several times as much per call (docs/decisions/014). Over
// https only the __Host- cookie counts.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const store = await cookies();
  return findSession(store.get(cookieName("authjs.session-token"))?.value);
});

const EVERYONE_SIGNED_IN = ["SUPPORTER", "EDITOR", "ADMIN"] as const;
const STAFF = ["EDITOR", "ADMIN"] as const;

// The one place access is decided: what each role may do. Deny by default.
const PERMISSIONS = {
  "signature:write": EVERYONE_SIGNED_IN,
  "follow:write": EVERYONE_SIGNED_IN,
  "account:manage-own": EVERYONE_SIGNED_IN,
  "admin:enter": STAFF,
  "campaign:write": STAFF,
  "tracker:write": STAFF,
  "decision-maker:write": STAFF,
  // Also refused, in the data function, to whoever recorded the evidence.
  "evidence:verify": STAFF,
  "update:post": STAFF,
  "comment:moderate": STAFF,
  "stats:read": STAFF,
  // The delivery packet names the signers who chose to be named, as the public page does.
  "packet:read": STAFF,
  "page:write": STAFF,
  "audit:read": ["ADMIN"],
  "user:manage-roles": ["ADMIN"],
  "security:read": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function can(viewer: Viewer | null, permission: Permission): viewer is Viewer {
  return viewer !== null && roleMay(viewer.role, permission);
}

// What an admin page requires, by its path (the proxy's early check; each page checks too).
export function adminPathPermission(path: string): Permission {
  if (/\/admin\/users(\/|$)/.test(path)) return "user:manage-roles";
  if (/\/admin\/audit(\/|$)/.test(path)) return "audit:read";
  if (/\/admin\/security(\/|$)/.test(path)) return "security:read";
  return "admin:enter";
}

// For admin pages: anyone without the permission gets the 404 page, not a hint that the page
// exists. (The proxy already answers 404 before the page renders; this is the page's own check.)
export async function requirePagePermission(permission: Permission): Promise<Viewer> {
  const viewer = await getViewer();
  if (!can(viewer, permission)) notFound();
  return viewer;
}

// For Server Actions and route handlers: the viewer, or null when they may not.
export async function viewerWith(permission: Permission): Promise<Viewer | null> {
  const viewer = await getViewer();
  return can(viewer, permission) ? viewer : null;
}
