import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { DataTable } from "@/components/admin/data-table";
import { requireAdminPage } from "@/lib/server/authz";
import { listAdminCampaigns } from "@/lib/server/admin/list-admin-campaigns";
import { campaignStats } from "@/lib/server/stats/campaign-stats";

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin");
  const [t, format, campaigns, stats] = await Promise.all([getTranslations("Admin"), getFormatter(), listAdminCampaigns(), campaignStats()]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("campaigns")}</h1>
        <Link href="/admin/campaigns/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("newCampaign")}
        </Link>
      </div>
      <DataTable
        caption={t("campaigns")}
        rows={campaigns}
        rowKey={(c) => c.id}
        empty={t("noCampaigns")}
        columns={[
          {
            header: t("table.title"),
            cell: (c) => (
              <Link href={`/admin/campaigns/${c.id}`} lang={c.locale} className="font-semibold text-brand-800 underline">
                {c.title}
              </Link>
            ),
          },
          { header: t("table.status"), cell: (c) => t(`status.${c.status}`) },
          { header: t("table.signatures"), numeric: true, cell: (c) => format.number(c.signatureCount) },
          { header: t("table.goal"), numeric: true, cell: (c) => format.number(c.goal) },
          { header: t("table.today"), numeric: true, cell: (c) => format.number(stats.get(c.id)?.signaturesToday ?? 0) },
          { header: t("table.followers"), numeric: true, cell: (c) => format.number(stats.get(c.id)?.followers ?? 0) },
        ]}
      />
    </div>
  );
}
