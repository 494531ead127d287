import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MarkdownText } from "@/components/markdown";
import { StatusBadge } from "@/components/status-badge";
import { isHttpUrl } from "@/lib/validation/url";
import { getPublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { LiveSignatureProgress } from "./_components/live-signature-progress";
import { PublicSigners } from "./_components/public-signers";
import { SignPanel } from "./_components/sign-panel";
import { Timeline } from "./_components/timeline";
import { TargetList } from "./_components/target-list";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Metadata and page share one database read per request.
const loadCampaign = cache((slug: string, locale: string) => getPublicCampaign({ slug, locale }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  await connection();
  const campaign = await loadCampaign(slug, locale);
  if (!campaign) {
    const t = await getTranslations({ locale, namespace: "Meta" });
    return { title: t("notFoundTitle") };
  }
  const path = `/campaigns/${campaign.slug}`;
  return {
    title: campaign.title,
    description: campaign.summary,
    alternates: { canonical: locale === "en" ? path : `/${locale}${path}`, languages: { en: path, ug: `/ug${path}` } },
    openGraph: { type: "article", title: campaign.title, description: campaign.summary, url: locale === "en" ? path : `/${locale}${path}` },
    twitter: { card: "summary", title: campaign.title, description: campaign.summary },
  };
}

export default async function CampaignPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  const campaign = await loadCampaign(slug, locale);
  if (!campaign) notFound();

  const t = await getTranslations("Campaign");
  const format = await getFormatter();
  const open = campaign.status === "OPEN" && !campaign.pastClosing;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });

  return (
    <article lang={campaign.lang}>
      <p className="mb-4 text-sm">
        <Link href="/" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={campaign.status} />
        {campaign.closesAt && (
          <span className="text-sm text-slate-700">
            {t(campaign.pastClosing ? "closed" : "closes", { date: date(campaign.closesAt) })}
          </span>
        )}
      </div>
      <h1 className="mt-3 text-3xl font-bold md:text-4xl" dir="auto">
        {campaign.title}
      </h1>
      <p className="mt-3 text-lg text-slate-700" dir="auto">
        {campaign.summary}
      </p>
      {campaign.lang !== locale && (
        <p className="mt-3 rounded border border-amber-200 bg-amber-50 p-3 text-sm" lang={locale}>
          {t("textFallback")}
        </p>
      )}

      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <section id="sign" aria-labelledby="sign-heading" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5" lang={locale}>
            <LiveSignatureProgress slug={campaign.slug} count={campaign.signatureCount} goal={campaign.goal} live={open} />
            <h2 id="sign-heading" className="mt-6 text-xl font-bold">
              {t("signHeading")}
            </h2>
            <div className="mt-3">
              <SignPanel slug={campaign.slug} locale={locale} open={open} />
            </div>
          </section>
          <div className="mt-8">
            <MarkdownText lang={campaign.lang}>{campaign.body}</MarkdownText>
          </div>
          {campaign.sourceTitle && (
            <p className="mt-6 text-sm text-slate-600">
              <span lang={locale}>{t("source")}: </span>
              {campaign.sourceUrl && isHttpUrl(campaign.sourceUrl) ? (
                <a href={campaign.sourceUrl} rel="nofollow noopener noreferrer" className="underline" lang="en" dir="ltr">
                  {campaign.sourceTitle}
                </a>
              ) : (
                <bdi lang="en">{campaign.sourceTitle}</bdi>
              )}
            </p>
          )}
        </div>
        <aside className="flex flex-col gap-8" lang={locale}>
          <TargetList targets={campaign.targets} />
          {campaign.opensAt && <p className="text-sm text-slate-600">{t("opened", { date: date(campaign.opensAt) })}</p>}
          <PublicSigners campaignId={campaign.id} locale={locale} />
        </aside>
      </div>

      <Timeline events={campaign.events} />
    </article>
  );
}
