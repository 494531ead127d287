import "server-only";
import { notFound } from "next/navigation";
import { ADMIN_ROUTES, type AdminRoute } from "@/lib/auth/admin-routes";
import { roleMay, type Permission } from "@/lib/auth/permissions";
import { getViewer, type Viewer } from "@/lib/server/auth/sessions";

// Decides, and only decides: whether the viewer (read by lib/server/auth/sessions.ts) may do
// something, by the one permission table (lib/auth/permissions.ts) and, for staff pages, the one
// table of staff routes (lib/auth/admin-routes.ts).

export function can(viewer: Viewer | null, permission: Permission): viewer is Viewer {
  return viewer !== null && roleMay(viewer.role, permission);
}

// For admin pages: anyone without the permission gets the 404 page, not a hint that the page
// exists. (The proxy already answers 404 before the page renders; this is the page's own check.)
export async function requirePagePermission(permission: Permission): Promise<Viewer> {
  const viewer = await getViewer();
  if (!can(viewer, permission)) notFound();
  return viewer;
}

/** A staff page's own check, by its route in the table the proxy and the sweep read too. */
export function requireAdminPage(route: AdminRoute): Promise<Viewer> {
  return requirePagePermission(ADMIN_ROUTES[route]);
}

// For Server Actions and route handlers: the viewer, or null when they may not.
export async function viewerWith(permission: Permission): Promise<Viewer | null> {
  const viewer = await getViewer();
  return can(viewer, permission) ? viewer : null;
}
