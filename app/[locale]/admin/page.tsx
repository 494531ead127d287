import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
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
      {campaigns.length === 0 ? (
        <p>{t("noCampaigns")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start">
            <thead>
              <tr className="border-b border-slate-300 text-sm">
                <th scope="col" className="p-2 text-start">{t("table.title")}</th>
                <th scope="col" className="p-2 text-start">{t("table.status")}</th>
                <th scope="col" className="p-2 text-end">{t("table.signatures")}</th>
                <th scope="col" className="p-2 text-end">{t("table.goal")}</th>
                <th scope="col" className="p-2 text-end">{t("table.today")}</th>
                <th scope="col" className="p-2 text-end">{t("table.followers")}</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-start font-normal">
                    <Link href={`/admin/campaigns/${c.id}`} lang={c.locale} className="font-semibold text-brand-800 underline">
                      {c.title}
                    </Link>
                  </th>
                  <td className="p-2">{t(`status.${c.status}`)}</td>
                  <td className="p-2 text-end tabular-nums">{format.number(c.signatureCount)}</td>
                  <td className="p-2 text-end tabular-nums">{format.number(c.goal)}</td>
                  <td className="p-2 text-end tabular-nums">{format.number(stats.get(c.id)?.signaturesToday ?? 0)}</td>
                  <td className="p-2 text-end tabular-nums">{format.number(stats.get(c.id)?.followers ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
