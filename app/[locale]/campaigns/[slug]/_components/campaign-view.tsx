import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MarkdownText } from "@/components/markdown";
import { StatusBadge } from "@/components/status-badge";
import { isHttpUrl } from "@/lib/validation/url";
import { localePath } from "@/lib/locale-path";
import { siteOrigin } from "@/lib/server/config";
import { signaturesInLastDay } from "@/lib/server/signatures/recent-growth";
import type { PublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import type { ReadFrom } from "@/lib/server/public-reads";
import { countText } from "@/components/signing/signing-text-server";
import { LiveSignatureProgress } from "./live-signature-progress";
import { PublicSigners } from "./public-signers";
import { ShareLinks } from "./share-links";
import { comma } from "@/components/tracker/join-parts";
import { formatPartialDate } from "@/components/tracker/partial-date";
import { CampaignUpdates } from "./campaign-updates";
import { PositionHistory } from "./position-history";
import { DailySignatures } from "./daily-signatures";
import { EmbedSnippets } from "./embed-snippets";
import { Timeline } from "./timeline";
import { TargetList } from "./target-list";

// The campaign page, shared by its two variants: the cached one every anonymous visitor gets,
// and the per-visitor one (signed in, or coming back with a form half filled in). Only the
// sign panel differs, and where the signers shown are read from (`from`, as for `campaign`).
export async function CampaignView({ campaign, locale, signPanel, from }: { campaign: PublicCampaign; locale: string; signPanel: ReactNode; from: ReadFrom }) {
  const open = isOpen(campaign);
  const [t, format, lastDay] = await Promise.all([getTranslations("Campaign"), getFormatter(), open ? signaturesInLastDay(campaign.id) : null]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });

  return (
    <article lang={campaign.lang}>
      {/* The article is in the campaign's language (perhaps not yet translated); the page's own words in it are marked as the page's. */}
      <p className="mb-4 text-sm" lang={locale}>
        <Link href="/" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3" lang={locale}>
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
            <LiveSignatureProgress slug={campaign.slug} count={campaign.signatureCount} goal={campaign.goal} live={open} text={await countText(locale)} />
            {lastDay !== null && <p className="mt-2 text-sm text-slate-700">{t("lastDay", { count: lastDay })}</p>}
            <h2 id="sign-heading" className="mt-6 text-xl font-bold">
              {t("signHeading")}
            </h2>
            <div className="mt-3">
              {signPanel}
            </div>
          </section>
          <div className="mt-8">
            <MarkdownText lang={campaign.lang}>{campaign.body}</MarkdownText>
          </div>
          {campaign.sourceTitle && (
            // The source is cited as staff entered it, in the language the campaign is written in.
            <p className="mt-6 text-sm text-slate-700" lang={locale}>
              {t("source")}:{" "}
              <bdi lang={campaign.locale}>
                {campaign.sourceUrl && isHttpUrl(campaign.sourceUrl) ? (
                  <a href={campaign.sourceUrl} rel="nofollow noopener noreferrer" className="underline">
                    {campaign.sourceTitle}
                  </a>
                ) : (
                  campaign.sourceTitle
                )}
                {[campaign.sourcePublisher, campaign.sourceDate ? formatPartialDate(campaign.sourceDate, campaign.locale) : ""]
                  .filter(Boolean)
                  .map((part) => `${comma(campaign.locale)}${part}`)
                  .join("")}
              </bdi>
            </p>
          )}
        </div>
        <aside className="flex flex-col gap-8" lang={locale}>
          <TargetList targets={campaign.targets} />
          {campaign.opensAt && <p className="text-sm text-slate-600">{t("opened", { date: date(campaign.opensAt) })}</p>}
          <PublicSigners campaignId={campaign.id} locale={locale} from={from} />
          <ShareLinks url={`${siteOrigin()}${localePath(locale, `/campaigns/${campaign.slug}`)}`} title={campaign.title} />
          <EmbedSnippets origin={siteOrigin()} slug={campaign.slug} title={campaign.title} locale={locale} />
        </aside>
      </div>

      <div lang={locale}>
        <DailySignatures campaignId={campaign.id} />
        <Timeline events={campaign.events} sourceLang={campaign.locale} />
        <PositionHistory targets={campaign.targets} />
        <CampaignUpdates updates={campaign.updates} lang={campaign.locale} />
        <p className="mt-8 text-sm">
          <a href={localePath(locale, `/campaigns/${campaign.slug}/feed.xml`)} type="application/atom+xml" className="text-brand-700 underline">
            {t("feed")}
          </a>
        </p>
      </div>
    </article>
  );
}

export function isOpen(campaign: Pick<PublicCampaign, "status" | "pastClosing">): boolean {
  return campaign.status === "OPEN" && !campaign.pastClosing;
}
