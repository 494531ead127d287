import "server-only";
import { db } from "@/lib/server/db";

export type UpdateCampaignOption = { id: string; title: string; lang: string };

// The campaigns an editor can post an update to: every one that has been public (drafts have no
// followers yet), newest first, titled in the language each was written in.
export async function listUpdateCampaigns(): Promise<UpdateCampaignOption[]> {
  const campaigns = await db.campaign.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, locale: true },
  });
  return campaigns.map((c) => ({ id: c.id, title: c.title, lang: c.locale }));
}
