import type { Permission } from "./permissions";

// Every staff page and staff route, as Next names it (without the [locale] segment), and what it
// requires: the one table the proxy (lib/proxy/steps/admin-paths.ts, a 404 before anything
// renders), the pages themselves (requireAdminPage in lib/server/authz.ts) and the authorization
// sweep (e2e/authorization.spec.ts, which fails for a staff route of the build missing here) read.
export const ADMIN_ROUTES = {
  "/admin": "admin:enter",
  "/admin/about": "page:write",
  "/admin/audit": "audit:read",
  "/admin/campaigns/new": "campaign:write",
  "/admin/campaigns/[id]": "campaign:write",
  "/admin/campaigns/[id]/events/[eventId]": "tracker:write",
  "/admin/comments": "comment:moderate",
  "/admin/decision-makers": "decision-maker:write",
  "/admin/decision-makers/new": "decision-maker:write",
  "/admin/decision-makers/[id]": "decision-maker:write",
  "/admin/security": "security:read",
  "/admin/updates": "update:post",
  "/admin/users": "user:manage-roles",
  "/api/admin/export": "stats:read",
  "/api/admin/campaigns/[id]/packet": "packet:read",
} as const satisfies Record<string, Permission>;

export type AdminRoute = keyof typeof ADMIN_ROUTES;

const segments = (path: string) => path.split("/").filter(Boolean);

// A route's segments match a path's when each is equal or the route's is a [parameter].
function matches(route: string, path: string): boolean {
  const a = segments(route);
  const b = segments(path);
  return a.length === b.length && a.every((segment, i) => (segment.startsWith("[") && segment.endsWith("]")) || segment === b[i]);
}

/** The staff route an address (without its language prefix) is, or undefined. Literal segments
 * win over parameters ("/admin/campaigns/new" is not "/admin/campaigns/[id]"). */
export function adminRouteOf(path: string): AdminRoute | undefined {
  const found = (Object.keys(ADMIN_ROUTES) as AdminRoute[]).filter((route) => matches(route, path));
  return found.sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0))[0];
}

/**
 * What an address under /admin requires. An address the table does not know (a page that does not
 * exist, a deeper path) still requires the most restrictive permission of its nearest known
 * parent, and at least admin:enter, so that nothing staff-only is ever reachable by a gap here.
 */
export function adminPathPermission(path: string): Permission {
  const route = adminRouteOf(path);
  if (route) return ADMIN_ROUTES[route];
  const parts = segments(path);
  for (let n = parts.length - 1; n > 0; n--) {
    const parent = adminRouteOf(`/${parts.slice(0, n).join("/")}`);
    if (parent) return ADMIN_ROUTES[parent];
  }
  return "admin:enter";
}
