import { ADMIN_ROUTES } from "@/lib/auth/admin-routes";
import { viewerWith } from "@/lib/server/authz";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { exportCounts } from "@/lib/server/stats/export-counts";

// Aggregate signature counts as a CSV download, for staff with "stats:read". Anyone else gets the
// same 404 as for a path that does not exist. Never cached: it is per-person data about access.
export async function GET() {
  const viewer = await viewerWith(ADMIN_ROUTES["/api/admin/export"]);
  if (!viewer) return Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  const csv = await exportCounts();
  await recordSecurityEvent({ kind: "export.counts", subject: viewer.email });
  const today = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="signature-counts-${today}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
