import "server-only";
import { db } from "@/lib/server/db";

// Follow or unfollow a public campaign, and choose whether to be emailed when a decision maker's
// position changes (only ever by an explicit choice). Following again after a one-click
// unsubscribe turns the emails back on.
export async function setFollow({ slug, userId, follow, positionEmails }: { slug: string; userId: string; follow: boolean; positionEmails: boolean }): Promise<{ ok: boolean }> {
  const campaign = await db.campaign.findFirst({ where: { slug, status: { not: "DRAFT" } }, select: { id: true } });
  if (!campaign) return { ok: false };
  if (follow) {
    await db.follow.upsert({
      where: { userId_campaignId: { userId, campaignId: campaign.id } },
      create: { userId, campaignId: campaign.id, positionEmails },
      update: { unsubscribedAt: null, positionEmails },
    });
  } else {
    await db.follow.deleteMany({ where: { userId, campaignId: campaign.id } });
  }
  return { ok: true };
}
