import type { Metadata } from "next";
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
      {hours.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("heading")}</caption>
            <thead>
              <tr className="border-b border-slate-300 align-bottom">
                <th scope="col" className="p-2 text-start">{t("hour")}</th>
                {SECURITY_EVENT_KINDS.map((kind) => (
                  <th key={kind} scope="col" className="p-2 text-end">
                    {t(`kinds.${messageKey(kind)}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {hours.map((h) => (
                <tr key={h.hour.toISOString()} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-start font-normal whitespace-nowrap">
                    <time dateTime={h.hour.toISOString()}>{format.dateTime(h.hour, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })}</time>
                  </th>
                  {SECURITY_EVENT_KINDS.map((kind) => (
                    <td key={kind} className="p-2 text-end tabular-nums">
                      {format.number(h.counts[kind])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-400 font-semibold">
                <th scope="row" className="p-2 text-start">{t("total")}</th>
                {SECURITY_EVENT_KINDS.map((kind) => (
                  <td key={kind} className="p-2 text-end tabular-nums">
                    {format.number(totals[kind])}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
