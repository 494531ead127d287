import { getFormatter, getTranslations } from "next-intl/server";
import { countryNamer } from "@/lib/validation/countries";
import type { ReadFrom } from "@/lib/server/public-reads";
import { COUNTRY_THRESHOLD, countryBreakdown, listRecentSigners } from "@/lib/server/signatures/public-signers";

export async function PublicSigners({ campaignId, locale, from }: { campaignId: string; locale: string; from: ReadFrom }) {
  const [t, format, recent, countries] = await Promise.all([
    getTranslations("Signers"),
    getFormatter(),
    listRecentSigners({ campaignId, from }),
    countryBreakdown({ campaignId, from }),
  ]);
  const nameOf = countryNamer(locale);
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-xl font-bold">
          {t("recent")}
        </h2>
        {recent.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("recentEmpty")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {recent.map((signer) => (
              <li key={signer.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-semibold">
                  <bdi>{signer.name}</bdi>
                  {signer.country && (
                    <span className="ms-2 text-sm font-normal text-slate-600" lang={nameOf(signer.country).lang}>
                      {nameOf(signer.country).name}
                    </span>
                  )}
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
      </section>
      <section aria-labelledby="countries-heading">
        <h2 id="countries-heading" className="text-xl font-bold">
          {t("byCountry")}
        </h2>
        {countries.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("byCountryEmpty")}</p>
        ) : (
          <table className="mt-3 w-full text-start">
            <tbody>
              {countries.map((cell) => (
                <tr key={cell.country} className="border-b border-slate-200">
                  <th scope="row" className="py-1.5 text-start font-normal" lang={nameOf(cell.country).lang}>
                    {nameOf(cell.country).name}
                  </th>
                  <td className="py-1.5 text-end tabular-nums">
                    {cell.count === null ? t("fewerThan", { n: COUNTRY_THRESHOLD }) : format.number(cell.count)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-2 text-sm text-slate-600">{t("privacy", { n: COUNTRY_THRESHOLD })}</p>
      </section>
    </div>
  );
}
