import "server-only";
import { db } from "@/lib/server/db";
import { PUBLIC_STATUSES } from "@/lib/server/campaigns/localize";

/**
 * The archived bytes of a piece of evidence, for download. Public for events of public campaigns;
 * `staff` also reaches drafts' evidence (the caller decides who is staff). Link-only evidence
 * has no bytes.
 */
export async function getEvidenceFile({ id, staff }: { id: string; staff: boolean }) {
  const evidence = await db.evidence.findFirst({
    where: { id, kind: { not: "LINK" }, ...(staff ? {} : { event: { campaign: { status: { in: PUBLIC_STATUSES } } } }) },
    select: { id: true, sha256: true, contentType: true, size: true, fileName: true, content: { select: { bytes: true } } },
  });
  if (!evidence?.content || !evidence.sha256) return null;
  return { sha256: evidence.sha256, contentType: evidence.contentType ?? "application/octet-stream", fileName: evidence.fileName, bytes: evidence.content.bytes };
}
