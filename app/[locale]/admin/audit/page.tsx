import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { DataTable } from "@/components/admin/data-table";
import { requireAdminPage } from "@/lib/server/authz";
import { listAudit } from "@/lib/server/admin/list-audit";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin.auditPage" });
  return { title: t("heading") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/audit");
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const [t, format, { entries, pages }] = await Promise.all([getTranslations("Admin.auditPage"), getFormatter(), listAudit({ page })]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      <DataTable
        caption={t("heading")}
        rows={entries}
        rowKey={(e) => e.id}
        empty={t("empty")}
        dense
        columns={[
          {
            header: t("when"),
            cell: (e) => <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>,
            cellProps: () => ({ className: "whitespace-nowrap" }),
          },
          { header: t("who"), cell: (e) => e.actorEmail, cellProps: () => ({ dir: "ltr" }) },
          { header: t("what"), cell: (e) => e.action, cellProps: () => ({ dir: "ltr", className: "font-mono" }) },
          {
            header: t("entity"),
            cell: (e) => (
              <>
                {e.entityType} {e.entityId}
                {e.staffEmail && <span className="block font-sans">{e.staffEmail}</span>}
              </>
            ),
            cellProps: () => ({ dir: "ltr", className: "font-mono" }),
          },
          {
            header: t("details"),
            cell: (e) => (
              <details>
                <summary className="cursor-pointer">{t("details")}</summary>
                <div className="grid gap-2 md:grid-cols-2" dir="ltr">
                  <div>
                    <p className="font-semibold">{t("before")}</p>
                    <pre className="max-w-md overflow-x-auto whitespace-pre-wrap text-xs">{JSON.stringify(e.before, null, 2)}</pre>
                  </div>
                  <div>
                    <p className="font-semibold">{t("after")}</p>
                    <pre className="max-w-md overflow-x-auto whitespace-pre-wrap text-xs">{JSON.stringify(e.after, null, 2)}</pre>
                  </div>
                </div>
              </details>
            ),
          },
        ]}
      />
      <nav className="flex items-center gap-4 text-sm">
        {page > 1 && <Link href={`/admin/audit?page=${page - 1}`} className="underline">{t("newer")}</Link>}
        <span>{t("page", { page, pages })}</span>
        {page < pages && <Link href={`/admin/audit?page=${page + 1}`} className="underline">{t("older")}</Link>}
      </nav>
    </div>
  );
}
