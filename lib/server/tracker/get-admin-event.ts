import "server-only";
import { db } from "@/lib/server/db";
import { PUBLIC_EVIDENCE } from "./public-evidence";

/** One event as staff correct, retract and verify it, loaded through its campaign. Staff only (the caller checks). */
export async function getAdminEvent({ campaignId, eventId }: { campaignId: string; eventId: string }) {
  return db.campaignEvent.findFirst({
    where: { id: eventId, campaignId },
    select: {
      id: true,
      campaignId: true,
      occurredOn: true,
      title: true,
      body: true,
      retractedAt: true,
      createdAt: true,
      author: { select: { email: true } },
      campaign: { select: { title: true, slug: true, locale: true, status: true } },
      translations: { select: { locale: true, title: true, body: true } },
      changes: { select: { targetId: true, status: true } },
      evidence: {
        orderBy: { createdAt: "desc" },
        select: {
          ...PUBLIC_EVIDENCE,
          fileName: true,
          replacedAt: true,
          recordedById: true,
          recordedBy: { select: { email: true } },
          verifiedBy: { select: { email: true } },
        },
      },
      corrections: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, reason: true, createdAt: true, actor: { select: { email: true } }, translations: { orderBy: { locale: "asc" }, select: { locale: true, reason: true } } },
      },
    },
  });
}

export type AdminEvent = NonNullable<Awaited<ReturnType<typeof getAdminEvent>>>;
