import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { DataTable } from "@/components/admin/data-table";
import { requireAdminPage } from "@/lib/server/authz";
import { listDecisionMakers } from "@/lib/server/decision-makers/list-decision-makers";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin.decisionMakers" });
  return { title: t("heading") };
}

// Decision makers are shared: one record per person, office or body, addressed by any number of campaigns.
export default async function DecisionMakersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/decision-makers");
  const [t, decisionMakers] = await Promise.all([getTranslations("Admin.decisionMakers"), listDecisionMakers({ locale })]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <Link href="/admin/decision-makers/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("new")}
        </Link>
      </div>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <DataTable
        caption={t("heading")}
        rows={decisionMakers}
        rowKey={(d) => d.id}
        empty={t("empty")}
        columns={[
          {
            header: t("name"),
            cell: (d) => (
              <>
                <Link href={`/admin/decision-makers/${d.id}`} lang={d.lang} className="font-semibold text-brand-800 underline">
                  {d.name}
                </Link>
                {d.title && (
                  <span lang={d.lang} className="block text-sm text-slate-700">
                    {d.title}
                  </span>
                )}
              </>
            ),
          },
          { header: t("institution"), cell: (d) => d.institution, cellProps: (d) => ({ lang: d.lang }) },
          { header: t("jurisdiction"), cell: (d) => d.jurisdiction, cellProps: (d) => ({ lang: d.lang }) },
          { header: t("campaigns"), numeric: true, cell: (d) => d.campaigns },
        ]}
      />
    </div>
  );
}
