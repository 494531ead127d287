import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { countryNamer } from "@/lib/validation/countries";
import type { ReadFrom } from "@/lib/server/public-reads";
import { listRecentSigners } from "@/lib/server/signatures/public-signers";
import { getPublicBreakdown } from "@/lib/server/disclosure/get-public-breakdown";
import { DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";
import { Section } from "@/components/section";

// `from`: where the names shown are read (the campaign page decides: public-campaign-version.ts).
// The breakdown by country is a stored snapshot on the primary, recomputed hourly.
export async function PublicSigners({ campaignId, locale, from }: { campaignId: string; locale: string; from: ReadFrom }) {
  const [t, format, recent, breakdown] = await Promise.all([
    getTranslations("Signers"),
    getFormatter(),
    listRecentSigners({ campaignId, from }),
    getPublicBreakdown({ campaignId }),
  ]);
  const nameOf = countryNamer(locale);
  const empty = breakdown.countries.length === 0 && breakdown.otherCountries === null;
  return (
    <div className="flex flex-col gap-8">
      <Section id="recent" heading={t("recent")} size="small">
        {recent.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("recentEmpty")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {recent.map((signer) => (
              <li key={signer.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-semibold">
                  <bdi>{signer.name}</bdi>
                </p>
                {signer.comment && (
                  <p className="mt-1 whitespace-pre-line text-slate-800" dir="auto">
                    {signer.comment}
                  </p>
                )}
                <p className="mt-1 text-xs text-slate-600">
                  <time dateTime={signer.signedAt.toISOString()}>{format.dateTime(signer.signedAt, { dateStyle: "medium" })}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="countries" heading={t("byCountry")} size="small">
        {empty ? (
          <p className="mt-2 text-slate-700">{t("byCountryEmpty", { n: DISCLOSURE_THRESHOLD })}</p>
        ) : (
          <table className="mt-3 w-full text-start">
            <tbody>
              {breakdown.countries.map((cell) => (
                <tr key={cell.country} className="border-b border-slate-200">
                  <th scope="row" className="py-1.5 text-start font-normal" lang={nameOf(cell.country).lang}>
                    {nameOf(cell.country).name}
                  </th>
                  <td className="py-1.5 text-end tabular-nums">{format.number(cell.count)}</td>
                </tr>
              ))}
              {breakdown.otherCountries !== null && (
                <tr className="border-b border-slate-200">
                  <th scope="row" className="py-1.5 text-start font-normal">
                    {t("otherCountries")}
                  </th>
                  <td className="py-1.5 text-end tabular-nums">{format.number(breakdown.otherCountries)}</td>
                </tr>
              )}
            </tbody>
          </table>
        )}
        <p className="mt-2 text-sm text-slate-600">
          {t("asOf", { time: format.dateTime(breakdown.computedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) })}
        </p>
        <p className="mt-2 text-sm text-slate-600">
          {t("privacy", { n: DISCLOSURE_THRESHOLD })}{" "}
          <Link href="/privacy" className="text-brand-700 underline">
            {t("privacyLink")}
          </Link>
        </p>
      </Section>
    </div>
  );
}
