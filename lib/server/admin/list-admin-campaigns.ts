import "server-only";
import { db } from "@/lib/server/db";
import { countSignatures } from "@/lib/server/signatures/count-signatures";

// Every campaign, drafts included, for the staff table.
export async function listAdminCampaigns() {
  const campaigns = await db.campaign.findMany({
    orderBy: [{ createdAt: "desc" }],
    select: { id: true, slug: true, title: true, locale: true, status: true, goal: true },
  });
  const counts = await countSignatures({ campaignIds: campaigns.map((c) => c.id) });
  return campaigns.map((c) => ({ ...c, signatureCount: counts.get(c.id) ?? 0 }));
}
