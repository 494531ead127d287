import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isLocale, routing } from "@/i18n/routing";
import type { PublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { localePath } from "@/lib/locale-path";
import { campaignShareCard, shareCardVersion } from "@/lib/server/share/share-cards";

export async function campaignMetadata(campaign: PublicCampaign | null, requested: string): Promise<Metadata> {
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  if (!campaign) {
    const t = await getTranslations({ locale, namespace: "Meta" });
    return { title: t("notFoundTitle") };
  }
  // The image's address carries its version, so a new count or text is a new image for every
  // site that cached the old one.
  const card = campaignShareCard(campaign, locale);
  const image = {
    url: `/api/campaigns/${campaign.slug}/share.png?locale=${locale}&v=${shareCardVersion(card)}`,
    alt: `${campaign.title}: ${card.count?.text ?? ""}`,
  };
  const metadata = await pageMetadata({ locale, path: `/campaigns/${campaign.slug}`, title: campaign.title, description: campaign.summary, image, type: "article" });
  // The campaign's Atom feed (tracker events and updates), for readers that find it from the page.
  const t = await getTranslations({ locale, namespace: "Campaign" });
  const feed = `${localePath(locale, `/campaigns/${campaign.slug}`)}/feed.xml`;
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/atom+xml": [{ url: feed, title: t("feedTitle") }] } } };
}
