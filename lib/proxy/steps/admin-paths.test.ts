import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { hashSessionToken, newSessionToken } from "@/lib/auth/session-token";
import { db, resetDatabase } from "@/test/db";
import { adminPaths } from "./admin-paths";

const request = (path: string, token?: string) => new NextRequest(`http://localhost:3000${path}`, { headers: token ? { cookie: `authjs.session-token=${token}` } : {} });
const isNotFound = (response: Response | undefined) => response?.headers.get("x-middleware-rewrite") === "http://localhost:3000/_/not-found";

async function session(role: "SUPPORTER" | "EDITOR" | "ADMIN", idleMinutes = 0) {
  const user = await db.user.create({ data: { email: `${role}-${Math.random()}@example.org`, role } });
  const token = newSessionToken();
  await db.session.create({
    data: { sessionToken: hashSessionToken(token), userId: user.id, expires: new Date(Date.now() + 3_600_000), lastSeenAt: new Date(Date.now() - idleMinutes * 60_000) },
  });
  return token;
}

describe("admin paths in the proxy", () => {
  beforeEach(resetDatabase);

  it("are a 404 for anyone without the permission, an idle staff session included", async () => {
    const editor = await session("EDITOR");
    const admin = await session("ADMIN");
    expect(isNotFound(await adminPaths.run(request("/admin")))).toBe(true);
    expect(isNotFound(await adminPaths.run(request("/admin", await session("SUPPORTER"))))).toBe(true);
    expect(isNotFound(await adminPaths.run(request("/admin", await session("EDITOR", 31))))).toBe(true);
    expect(await adminPaths.run(request("/admin", editor))).toBeUndefined();
    expect(isNotFound(await adminPaths.run(request("/ug/admin/security", editor)))).toBe(true);
    expect(await adminPaths.run(request("/ug/admin/security", admin))).toBeUndefined();
    expect(await adminPaths.run(request("/campaigns/x"))).toBeUndefined();
  });
});

describe("the staff route table", () => {
  it("gives every staff address the permission of its route, literal segments first", async () => {
    const { adminPathPermission, adminRouteOf } = await import("@/lib/auth/admin-routes");
    expect(adminRouteOf("/admin/campaigns/new")).toBe("/admin/campaigns/new");
    expect(adminRouteOf("/admin/campaigns/c123")).toBe("/admin/campaigns/[id]");
    expect(adminPathPermission("/admin/campaigns/c123/events/e9")).toBe("tracker:write");
    expect(adminPathPermission("/admin/users")).toBe("user:manage-roles");
    // Addresses no page has still need the nearest known parent's permission, at least staff's.
    expect(adminPathPermission("/admin/users/anything/deeper")).toBe("user:manage-roles");
    expect(adminPathPermission("/admin/nothing-here")).toBe("admin:enter");
  });
});
