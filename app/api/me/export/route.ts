import { NextResponse } from "next/server";
import { can } from "@/lib/server/authz";
import { getViewer } from "@/lib/server/auth/sessions";
import { signedInRecently } from "@/lib/auth/recent-sign-in";
import { exportMyData } from "@/lib/server/me/export-my-data";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

const PRIVATE = { "Cache-Control": "private, no-store" };

// A signed-in person's own data, as a JSON download. Only ever the caller's own: there is no
// parameter to ask for anyone else's. Only for a sign-in within the last day: the file lists
// what they signed, which a seized phone with a live session must not give away.
export async function GET() {
  const viewer = await getViewer();
  if (!can(viewer, "account:manage-own")) {
    return NextResponse.json({ error: "unauthorized", message: "Sign in to download your data." }, { status: 401, headers: PRIVATE });
  }
  if (!signedInRecently(viewer)) {
    return NextResponse.json(
      { error: "sign_in_again", message: "Sign in again with a fresh link from your email (on /me) to download your data: it needs a sign-in within the last 24 hours." },
      { status: 403, headers: PRIVATE },
    );
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
