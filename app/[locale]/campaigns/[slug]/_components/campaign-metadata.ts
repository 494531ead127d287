import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { PublicCampaign } from "@/lib/server/campaigns/get-public-campaign";

export async function campaignMetadata(campaign: PublicCampaign | null, locale: string): Promise<Metadata> {
  if (!campaign) {
    const t = await getTranslations({ locale, namespace: "Meta" });
    return { title: t("notFoundTitle") };
  }
  const path = `/campaigns/${campaign.slug}`;
  const url = locale === "en" ? path : `/${locale}${path}`;
  const t = await getTranslations({ locale, namespace: "Campaign" });
  return {
    title: campaign.title,
    description: campaign.summary,
    // The campaign's Atom feed (tracker events and updates), for readers that find it from the page.
    alternates: { canonical: url, languages: { en: path, ug: `/ug${path}` }, types: { "application/atom+xml": [{ url: `${url}/feed.xml`, title: t("feedTitle") }] } },
    openGraph: { type: "article", title: campaign.title, description: campaign.summary, url },
    twitter: { card: "summary", title: campaign.title, description: campaign.summary },
  };
}
