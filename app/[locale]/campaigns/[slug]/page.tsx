import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { setRequestLocale } from "next-intl/server";
import { getPublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { campaignMetadata } from "./_components/campaign-metadata";
import { CampaignView, isOpen } from "./_components/campaign-view";
import { SignPanel } from "./_components/sign-panel";

type Props = { params: Promise<{ locale: string; slug: string }> };

// The per-visitor variant: rendered for each request, for visitors with a session or a form
// they started before signing in (proxy.ts sends everyone else to ./anonymous, which is cached),
// and for every form post.
const loadCampaign = cache((slug: string, locale: string) => getPublicCampaign({ slug, locale }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  await connection();
  return campaignMetadata(await loadCampaign(slug, locale), locale);
}

export default async function CampaignPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  const campaign = await loadCampaign(slug, locale);
  if (!campaign) notFound();
  return <CampaignView campaign={campaign} locale={locale} from="primary" signPanel={<SignPanel slug={campaign.slug} locale={locale} open={isOpen(campaign)} reviewComments={campaign.reviewComments} />} />;
}
