import "server-only";
import { db } from "@/lib/server/db";
import { localizeCampaign } from "@/lib/server/campaigns/localize";

export type MyCampaign = { slug: string; title: string; lang: string; signedAt: Date | null; following: boolean; positionEmails: boolean };

// The campaigns one supporter signed or follows: for their eyes only (the /me page).
export async function listMyCampaigns({ userId, locale }: { userId: string; locale: string }): Promise<MyCampaign[]> {
  const campaigns = await db.campaign.findMany({
    where: {
      status: { not: "DRAFT" },
      OR: [{ signatures: { some: { userId } } }, { follows: { some: { userId, unsubscribedAt: null } } }],
    },
    orderBy: { createdAt: "asc" },
    select: {
      slug: true,
      locale: true,
      title: true,
      summary: true,
      translations: { where: { locale }, select: { locale: true, title: true, summary: true } },
      signatures: { where: { userId }, select: { createdAt: true } },
      follows: { where: { userId, unsubscribedAt: null }, select: { positionEmails: true } },
    },
  });
  return campaigns.map((c) => {
    const text = localizeCampaign({ ...c, body: "", translations: c.translations.map((t) => ({ ...t, body: "" })) }, locale);
    return {
      slug: c.slug,
      title: text.title,
      lang: text.lang,
      signedAt: c.signatures[0]?.createdAt ?? null,
      following: c.follows.length > 0,
      positionEmails: c.follows[0]?.positionEmails ?? false,
    };
  });
}
