import type { NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { adminPathPermission } from "@/lib/auth/admin-routes";
import { roleMay } from "@/lib/auth/permissions";
import { viewerOfRequest } from "@/lib/server/auth/sessions";
import { notFoundPage, type ProxyStep } from "../step";

const ADMIN_PAGE = new RegExp(`^/(?:(?:${routing.locales.join("|")})/)?(admin(?:/.*)?)$`);

// Admin pages are a 404 for anyone not allowed, before they render (each page checks again, by
// the same table: lib/auth/admin-routes.ts). Server Action calls never reach the proxy (its
// matcher); each action checks its caller itself, and e2e/authorization.spec.ts calls every one.
export const adminPaths: ProxyStep = {
  name: "admin paths",
  async run(request: NextRequest) {
    const match = ADMIN_PAGE.exec(request.nextUrl.pathname);
    if (!match) return undefined;
    const viewer = await viewerOfRequest(request);
    return viewer && roleMay(viewer.role, adminPathPermission(`/${match[1]}`)) ? undefined : notFoundPage(request);
  },
};
