import "server-only";
import { cache } from "react";
import { auth } from "@/lib/server/auth";
import type { Role } from "@/lib/generated/prisma/enums";

export type Viewer = { id: string; email: string; role: Role };

// Who is asking, once per request. Every Server Action and route handler calls this (or a
// require… helper) itself: layouts and the proxy are never the only check.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, role: user.role };
});

// The one place access is decided: what each role may do. Deny by default.
const PERMISSIONS = {
  "signature:write": ["SUPPORTER", "EDITOR", "ADMIN"],
  "follow:write": ["SUPPORTER", "EDITOR", "ADMIN"],
  "account:manage-own": ["SUPPORTER", "EDITOR", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(viewer: Viewer | null, permission: Permission): viewer is Viewer {
  if (!viewer) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(viewer.role);
}
