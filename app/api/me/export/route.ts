import { NextResponse } from "next/server";
import { can, getViewer } from "@/lib/server/authz";
import { exportMyData } from "@/lib/server/me/export-my-data";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

const PRIVATE = { "Cache-Control": "private, no-store" };

// A signed-in person's own data, as a JSON download. Only ever the caller's own: there is no
// parameter to ask for anyone else's.
export async function GET() {
  const viewer = await getViewer();
  if (!can(viewer, "account:manage-own")) {
    return NextResponse.json({ error: "unauthorized", message: "Sign in to download your data." }, { status: 401, headers: PRIVATE });
  }
  const data = await exportMyData(viewer.id);
  if (!data) return NextResponse.json({ error: "unauthorized", message: "Sign in to download your data." }, { status: 401, headers: PRIVATE });
  await recordSecurityEvent({ kind: "export.my-data", subject: viewer.email });
  const day = data.exportedAt.slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      ...PRIVATE,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${day}.json"`,
    },
  });
}
