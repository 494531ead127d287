import "server-only";
import { db } from "@/lib/server/db";

export type CampaignUpdateItem = { title: string; body: string; publishedAt: Date };

// The updates staff posted to a campaign, newest first, for its public JSON.
export async function listCampaignUpdates({ campaignId, take = 50 }: { campaignId: string; take?: number }): Promise<CampaignUpdateItem[]> {
  const rows = await db.campaignUpdate.findMany({
    where: { campaignId },
    orderBy: { createdAt: "desc" },
    take,
    select: { title: true, body: true, createdAt: true },
  });
  return rows.map((r) => ({ title: r.title, body: r.body, publishedAt: r.createdAt }));
}
