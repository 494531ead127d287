import "server-only";
import { db } from "@/lib/server/db";

// Everything an editor edits, for the edit form. Staff only (the caller checks).
export async function getAdminCampaign({ id }: { id: string }) {
  return db.campaign.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      locale: true,
      title: true,
      summary: true,
      body: true,
      status: true,
      goal: true,
      opensAt: true,
      closesAt: true,
      sourceUrl: true,
      updatedAt: true,
      translations: { select: { locale: true, title: true, summary: true, body: true } },
      targets: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, name: true, institution: true, status: true } },
      events: {
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        select: { id: true, occurredOn: true, title: true, evidenceUrl: true, targetStatus: true, target: { select: { name: true } } },
      },
    },
  });
}

export type AdminCampaign = NonNullable<Awaited<ReturnType<typeof getAdminCampaign>>>;
