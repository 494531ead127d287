import "server-only";
import { db } from "@/lib/server/db";
import { localizeCampaign } from "@/lib/server/campaigns/localize";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeState = {
  // `locale` is the language the campaign is written in; `title` is in the reader's (`lang`).
  campaign: { slug: string; locale: string; title: string; lang: string };
  // Whether update emails still go to this person for this campaign.
  subscribed: boolean;
};

/**
 * What the unsubscribe page shows for a token: the campaign it is about (in the reader's
 * language) and whether emails still go out. Null for a forged or altered token, or a campaign
 * that no longer exists. Reading changes nothing: mail scanners open links.
 */
export async function getUnsubscribeState({ token, locale }: { token: unknown; locale: string }): Promise<UnsubscribeState | null> {
  const target = verifyUnsubscribeToken(token);
  if (!target) return null;
  const campaign = await db.campaign.findUnique({
    where: { id: target.campaignId },
    select: {
      slug: true,
      locale: true,
      title: true,
      translations: { where: { locale }, select: { locale: true, title: true } },
      follows: { where: { userId: target.userId, unsubscribedAt: null }, select: { userId: true } },
    },
  });
  if (!campaign) return null;
  const text = localizeCampaign(
    { ...campaign, summary: "", body: "", translations: campaign.translations.map((t) => ({ ...t, summary: "", body: "" })) },
    locale,
  );
  return { campaign: { slug: campaign.slug, locale: campaign.locale, title: text.title, lang: text.lang }, subscribed: campaign.follows.length > 0 };
}
