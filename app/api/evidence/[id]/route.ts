import { NextResponse, type NextRequest } from "next/server";
import { viewerWith } from "@/lib/server/authz";
import { getEvidenceFile } from "@/lib/server/tracker/get-evidence-file";
import { isTextual } from "@/lib/server/tracker/public-evidence";

const EXTENSIONS: Record<string, string> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
  "text/plain": "txt",
  "application/json": "json",
  "application/xml": "xml",
  "text/xml": "xml",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};

// Archived evidence, exactly as archived: anyone may download the evidence of a public
// campaign's event (staff also their drafts'). It is never served as something a browser would
// render or run: a download (attachment, octet-stream), or with ?as=text plain text; either way
// with nosniff and a sandboxing Content-Security-Policy.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const notFound = NextResponse.json({ error: "not_found", message: "No archived evidence has this id." }, { status: 404 });
  if (!/^[\w-]{1,100}$/.test(id)) return notFound;
  const staff = (await viewerWith("tracker:write")) !== null;
  const file = await getEvidenceFile({ id, staff });
  if (!file) return notFound;
  const media = file.contentType.split(";")[0]!.trim();
  const asText = request.nextUrl.searchParams.get("as") === "text" && isTextual(file.contentType);
  const charset = /charset=([\w.:-]+)/.exec(file.contentType)?.[1] ?? "utf-8";
  const name = `evidence-${file.sha256.slice(0, 12)}.${EXTENSIONS[media] ?? "bin"}`;
  const headers = new Headers({
    "Content-Type": asText ? `text/plain; charset=${charset}` : "application/octet-stream",
    "Content-Disposition": asText ? `inline; filename="${name}.txt"` : `attachment; filename="${name}"`,
    "Content-Length": String(file.bytes.length),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-Evidence-SHA256": file.sha256,
    "Repr-Digest": `sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`,
    // The bytes behind an id never change; drafts' evidence is for staff only.
    "Cache-Control": staff ? "private, no-store" : "public, max-age=31536000, immutable",
  });
  return new NextResponse(Buffer.from(file.bytes), { status: 200, headers });
}
