import type { NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { sessionRole } from "@/lib/server/auth/session-role";
import { adminPathPermission, roleMay } from "@/lib/server/authz";
import { notFoundPage, type ProxyStep } from "../step";

const ADMIN_PAGE = new RegExp(`^/(?:(?:${routing.locales.join("|")})/)?admin(?:/|$)`);

// Admin pages are a 404 for anyone not allowed, before they render (each page checks again).
// Server Action posts pass on to the action, which checks the caller itself (and the page
// rendered after it checks again); e2e/authorization.spec.ts calls every action this way.
export const adminPaths: ProxyStep = {
  name: "admin paths",
  async run(request: NextRequest) {
    const path = request.nextUrl.pathname;
    if (!ADMIN_PAGE.test(path) || request.headers.has("next-action")) return undefined;
    const role = await sessionRole(request);
    return role && roleMay(role, adminPathPermission(path)) ? undefined : notFoundPage(request);
  },
};
