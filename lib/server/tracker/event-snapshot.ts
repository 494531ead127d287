import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// An event as the audit log keeps it, before and after a change: everything the public page
// shows of it, and the evidence by its hash.
export async function eventSnapshot(tx: Pick<Prisma.TransactionClient, "campaignEvent">, eventId: string) {
  return tx.campaignEvent.findUnique({
    where: { id: eventId },
    select: {
      campaignId: true,
      occurredOn: true,
      title: true,
      body: true,
      retractedAt: true,
      translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, body: true } },
      changes: { orderBy: { targetId: "asc" }, select: { targetId: true, status: true } },
      evidence: {
        where: { replacedAt: null },
        select: { id: true, kind: true, url: true, sourceTitle: true, sourcePublisher: true, sourceDate: true, sha256: true, size: true, contentType: true, finalUrl: true },
      },
    },
  });
}
