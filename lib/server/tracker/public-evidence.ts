import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// What the public may see of evidence: the source, the archive's hash and size, and whether a
// second staff member verified it (never who).
export const PUBLIC_EVIDENCE = {
  id: true,
  kind: true,
  url: true,
  sourceTitle: true,
  sourcePublisher: true,
  sourceDate: true,
  sha256: true,
  size: true,
  contentType: true,
  archivedAt: true,
  finalUrl: true,
  verifiedAt: true,
} as const satisfies Prisma.EvidenceSelect;

export type PublicEvidence = Prisma.EvidenceGetPayload<{ select: typeof PUBLIC_EVIDENCE }> & { textViewable: boolean };

// Archived text (a web page, plain text, JSON) can also be read as text/plain in the browser.
export function isTextual(contentType: string | null): boolean {
  return contentType !== null && /^(text\/|application\/(xhtml\+xml|xml|json|ld\+json|rss\+xml|atom\+xml)\b)/.test(contentType);
}

export function publicEvidence(evidence: Prisma.EvidenceGetPayload<{ select: typeof PUBLIC_EVIDENCE }>): PublicEvidence {
  return { ...evidence, textViewable: evidence.kind !== "LINK" && isTextual(evidence.contentType) };
}
