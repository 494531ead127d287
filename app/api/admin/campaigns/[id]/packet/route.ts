import type { NextRequest } from "next/server";
import { ADMIN_ROUTES } from "@/lib/auth/admin-routes";
import { viewerWith } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { localeParam } from "@/lib/server/http/locale-param";
import { buildPacket } from "@/lib/server/packet/build-packet";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

const NOT_FOUND = () => Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });

// A campaign's delivery packet (PDF), for staff with "packet:read": ?locale= for its language,
// ?target= for one decision maker. Anyone else gets the same 404 as for a path that does not
// exist. Every download is in the audit log; nothing of it is cached.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await viewerWith(ADMIN_ROUTES["/api/admin/campaigns/[id]/packet"]);
  if (!viewer) return NOT_FOUND();
  const { id } = await params;
  const locale = localeParam(request);
  const targetId = request.nextUrl.searchParams.get("target") || undefined;
  const packet = await buildPacket({ campaignId: id, locale, targetId });
  if (!packet) return NOT_FOUND();
  await recordAudit(db, viewer, { action: "packet.download", entityType: "Campaign", entityId: packet.campaignId, after: { locale, targetId: packet.targetId } });
  await recordSecurityEvent({ kind: "export.packet", subject: viewer.email });
  return new Response(new Uint8Array(packet.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="packet-${packet.slug}-${locale}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
