import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { setRequestLocale } from "next-intl/server";
import { getPublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { publicCampaignVersion, readFromForCampaign } from "@/lib/server/campaigns/public-campaign-version";
import { campaignMetadata } from "../../_components/campaign-metadata";
import { CampaignView, isOpen } from "../../_components/campaign-view";
import { EMPTY_SIGNATURE } from "../../_components/sign-panel";
import { SignForm } from "../../_components/sign-form";
import { SignClosed } from "../../_components/sign-closed";
import { signingText } from "@/components/signing/signing-text-server";

type Props = { params: Promise<{ locale: string; slug: string; version: string }> };

// The variant every anonymous visitor gets (proxy.ts rewrites to it, with the campaign's
// current version in the address): the same page with an empty sign form, rendered once and
// served from cache, regenerated at most every few seconds for its counts. This is what keeps a
// surge of people reloading to watch the count off the database. See docs/decisions/006.
// It reads from the read replica once the replica has replayed this version (decision 010).
export const revalidate = 5;
export function generateStaticParams() {
  return [];
}

const loadCampaign = cache(async (slug: string, locale: string, version: string) => {
  const from = await readFromForCampaign({ slug, version });
  return { from, campaign: await getPublicCampaign({ slug, locale, from }) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, version } = await params;
  return campaignMetadata((await loadCampaign(slug, locale, version)).campaign, locale);
}

// Only the campaign's current version renders (the one the proxy rewrote to, or the one in the
// database): a made-up version must not become one more page rendered and kept in the cache.
// The address answers 404 from outside anyway (lib/front-door/steps/cached-variant.ts), so only
// the proxy names versions here, and it names one it read from the database at most half a
// second ago (lib/server/campaigns/public-campaign-version.ts). Just after a change it may still
// name the one before: that renders too, from the current data (what it shows is never older
// than the database), but only for a few seconds after the change and never for a version later
// than the current one. Otherwise a reader arriving then got a 404 for a campaign that exists.
const JUST_CHANGED_MS = 5_000;

async function isCurrentVersion(slug: string, version: string, updatedAt: Date): Promise<boolean> {
  const current = updatedAt.getTime();
  if (version === String(current) || version === (await publicCampaignVersion(slug))) return true;
  const named = /^\d{1,15}$/.test(version) ? Number(version) : Number.NaN;
  return named < current && Date.now() - current < JUST_CHANGED_MS;
}

export default async function AnonymousCampaignPage({ params }: Props) {
  const { locale, slug, version } = await params;
  setRequestLocale(locale);
  const { from, campaign } = await loadCampaign(slug, locale, version);
  if (!campaign || !(await isCurrentVersion(slug, version, campaign.updatedAt))) notFound();
  const signPanel = isOpen(campaign) ? (
    <SignForm slug={campaign.slug} locale={locale} text={await signingText(locale)} signedIn={false} reviewComments={campaign.reviewComments} defaultValues={EMPTY_SIGNATURE} />
  ) : (
    <SignClosed />
  );
  return <CampaignView campaign={campaign} locale={locale} signPanel={signPanel} from={from} />;
}
