import "server-only";
import { db } from "@/lib/server/db";
import { EDITABLE_CAMPAIGN } from "./editable-campaign";

// Everything an editor edits, for the edit form, and the tracker's record. Staff only (the caller checks).
export async function getAdminCampaign({ id }: { id: string }) {
  return db.campaign.findUnique({
    where: { id },
    select: {
      ...EDITABLE_CAMPAIGN,
      id: true,
      updatedAt: true,
      reviewComments: true,
      events: {
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          occurredOn: true,
          title: true,
          retractedAt: true,
          changes: { select: { targetId: true, status: true } },
          evidence: { where: { replacedAt: null }, select: { id: true, kind: true, sha256: true, verifiedAt: true } },
          _count: { select: { corrections: true } },
        },
      },
    },
  });
}

export type AdminCampaign = NonNullable<Awaited<ReturnType<typeof getAdminCampaign>>>;
