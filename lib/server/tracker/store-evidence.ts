import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type EvidenceArchive = {
  bytes: Buffer;
  sha256: string;
  contentType: string;
  size: number;
  finalUrl: string | null;
  archivedAt: Date;
  fileName: string | null;
};

// A source for an event: its link and who published it when, and (fetched or uploaded) the
// exact bytes. LINK (no archive) is only for history recorded before archiving existed.
export type NewEvidence = {
  kind: "LINK" | "FETCHED" | "UPLOADED";
  url: string | null;
  sourceTitle: string;
  sourcePublisher: string;
  sourceDate: string;
  archive: EvidenceArchive | null;
};

type Tx = Pick<Prisma.TransactionClient, "evidence" | "evidenceContent">;

// Writes the evidence row, then its bytes; the database refuses bytes whose SHA-256 or size
// differ from what the row states (see the migration's evidence_content_matches trigger).
export async function storeEvidence(tx: Tx, { eventId, evidence, recordedById }: { eventId: string; evidence: NewEvidence; recordedById: string | null }) {
  const { archive } = evidence;
  const row = await tx.evidence.create({
    data: {
      eventId,
      kind: evidence.kind,
      url: evidence.url,
      sourceTitle: evidence.sourceTitle,
      sourcePublisher: evidence.sourcePublisher,
      sourceDate: evidence.sourceDate,
      sha256: archive?.sha256 ?? null,
      contentType: archive?.contentType ?? null,
      size: archive?.size ?? null,
      finalUrl: archive?.finalUrl ?? null,
      archivedAt: archive?.archivedAt ?? null,
      fileName: archive?.fileName ?? null,
      recordedById,
    },
    select: { id: true },
  });
  if (archive) await tx.evidenceContent.create({ data: { evidenceId: row.id, bytes: new Uint8Array(archive.bytes) } });
  return row.id;
}
