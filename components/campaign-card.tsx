import { useLocale, useMessages, useTranslations } from "next-intl";
import type { CountText } from "@/components/signing/signing-text";
import { Link } from "@/i18n/navigation";
import type { CampaignSummary } from "@/lib/server/campaigns/list-public-campaigns";
import { SignatureProgress } from "./signature-progress";
import { StatusBadge } from "./status-badge";

// lastDay: signatures in the last 24 hours, shown for open campaigns.
export function CampaignCard({ campaign, lastDay }: { campaign: CampaignSummary; lastDay?: number }) {
  const t = useTranslations("Home");
  const tc = useTranslations("Campaign");
  const locale = useLocale();
  const count = useMessages().Count as CountText["count"];
  return (
    <article className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" lang={campaign.lang}>
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-xl font-bold" dir="auto">
          <Link
            href={`/campaigns/${campaign.slug}`}
            className="text-brand-800 hover:underline"
            aria-label={t("read", { title: campaign.title })}
          >
            {campaign.title}
          </Link>
        </h3>
        <StatusBadge status={campaign.status} />
      </div>
      <p className="text-slate-700" dir="auto">
        {campaign.summary}
      </p>
      <div lang={locale}>
        <SignatureProgress count={campaign.signatureCount} goal={campaign.goal} text={{ locale, count }} />
        {lastDay !== undefined && <p className="text-sm text-slate-600">{tc("lastDay", { count: lastDay })}</p>}
      </div>
    </article>
  );
}
