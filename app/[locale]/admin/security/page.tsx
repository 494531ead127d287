import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DataTable } from "@/components/admin/data-table";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireAdminPage } from "@/lib/server/authz";
import { hourlySecurityEvents } from "@/lib/server/security/hourly-security-events";
import { SECURITY_EVENT_KINDS, type SecurityEventKind } from "@/lib/server/security/record-security-event";

type Props = { params: Promise<{ locale: string }> };

const HOURS = 48;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Security.adminPage" });
  return { title: t("heading") };
}

// "signin.link-requested" → "signinLinkRequested": message keys may not contain dots.
const messageKey = (kind: SecurityEventKind) => kind.replace(/[.-](\w)/g, (_, letter: string) => letter.toUpperCase()) as "signinLinkRequested";

// Admins see what happens at the doors, by the hour: a wave of sign-in links asked for, of
// refusals or of rate limits reached is an attack or an outage; an export or a role change at
// an odd hour is worth a question. Counts only: no event shows whose it was.
export default async function SecurityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/security");
  const [t, format, hours] = await Promise.all([getTranslations("Security.adminPage"), getFormatter(), hourlySecurityEvents({ hours: HOURS })]);
  const totals = Object.fromEntries(SECURITY_EVENT_KINDS.map((kind) => [kind, hours.reduce((sum, h) => sum + h.counts[kind], 0)])) as Record<SecurityEventKind, number>;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <DataTable<{ key: string; label: ReactNode; counts: Record<SecurityEventKind, number> }>
        caption={t("heading")}
        rows={hours.map((h) => ({
          key: h.hour.toISOString(),
          label: <time dateTime={h.hour.toISOString()}>{format.dateTime(h.hour, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })}</time>,
          counts: h.counts,
        }))}
        rowKey={(row) => row.key}
        empty={t("empty")}
        footer={{ key: "total", label: t("total"), counts: totals }}
        dense
        columns={[
          { header: t("hour"), cell: (row) => row.label, cellProps: () => ({ className: "whitespace-nowrap" }) },
          ...SECURITY_EVENT_KINDS.map((kind) => ({ header: t(`kinds.${messageKey(kind)}`), numeric: true, cell: (row: { counts: Record<SecurityEventKind, number> }) => format.number(row.counts[kind]) })),
        ]}
      />
    </div>
  );
}
