import "server-only";
import { createHash } from "node:crypto";
import type { NewEvidence } from "@/lib/server/tracker/store-evidence";
import { EVIDENCE_UPLOAD_MAX_BYTES } from "@/lib/validation/tracker";
import { config } from "@/lib/server/config";
import { cleanContentType, fetchEvidence, type EvidenceFetchFailure } from "./fetch-evidence";

export type PreparedEvidence = { ok: true; evidence: NewEvidence | null } | { ok: false; failure: EvidenceFetchFailure | { reason: "file_too_large" } };

type Source = { evidenceUrl: string; sourceTitle: string; sourcePublisher: string; sourceDate: string };

// A file name as a label only (it is never used as a path): no folders, no control characters.
const cleanFileName = (name: string) => (name.split(/[\\/]/).pop() ?? "").replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 120) || "evidence";

/**
 * Evidence for an event, archived before anything is saved: an uploaded file is kept as it is
 * (the link, if any, stays as its source); otherwise the link is fetched once by the SSRF-safe
 * fetcher. Nothing to archive gives null; a link that cannot be fetched gives the reason.
 */
export async function prepareEvidence({ source, file }: { source: Source; file: File | null }): Promise<PreparedEvidence> {
  const described = { url: source.evidenceUrl || null, sourceTitle: source.sourceTitle, sourcePublisher: source.sourcePublisher, sourceDate: source.sourceDate };
  if (file && file.size > 0) {
    if (file.size > EVIDENCE_UPLOAD_MAX_BYTES) return { ok: false, failure: { reason: "file_too_large" } };
    const bytes = Buffer.from(await file.arrayBuffer());
    return {
      ok: true,
      evidence: {
        kind: "UPLOADED",
        ...described,
        archive: {
          bytes,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          contentType: cleanContentType(file.type || "application/octet-stream"),
          size: bytes.length,
          finalUrl: null,
          archivedAt: new Date(),
          fileName: cleanFileName(file.name),
        },
      },
    };
  }
  if (!source.evidenceUrl) return { ok: true, evidence: null };
  const fetched = await fetchEvidence({ url: source.evidenceUrl, allowHosts: config().evidence.fetchAllowHosts });
  if (!fetched.ok) {
    const { ok: _ok, ...failure } = fetched;
    return { ok: false, failure };
  }
  const { bytes, sha256, contentType, size, finalUrl, archivedAt } = fetched;
  return { ok: true, evidence: { kind: "FETCHED", ...described, archive: { bytes, sha256, contentType, size, finalUrl, archivedAt, fileName: null } } };
}
