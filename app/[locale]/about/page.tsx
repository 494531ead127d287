import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { MarkdownText } from "@/components/markdown";
import { organisation, siteName } from "@/lib/server/organisation";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { scriptLang } from "@/lib/script-lang";
import { getSitePage } from "@/lib/server/site-pages/get-site-page";

type Props = { params: Promise<{ locale: string }> };

// Rendered for each request (two small rows): a cached copy would be served stale once more
// after staff save, while Next renders the new one in the background.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SitePages" });
  return pageMetadata({ locale, path: "/about", title: t("aboutTitle"), description: t("aboutDefault", { site: siteName(locale) }) });
}

export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, texts] = await Promise.all([getTranslations("SitePages"), getSitePage({ key: "about" })]);
  // The text in the reader's language, else in another language that has one.
  const lang = texts[locale] ? locale : routing.locales.find((l) => texts[l]);
  const { orgName, orgUrl, contactEmail } = organisation();
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("aboutTitle")}</h1>
      {lang ? (
        <>
          {lang !== locale && <p className="rounded border border-amber-200 bg-amber-50 p-3 text-sm">{t("fallback")}</p>}
          <MarkdownText lang={lang}>{texts[lang]!}</MarkdownText>
        </>
      ) : (
        <p className="text-lg text-slate-800">{t("aboutDefault", { site: siteName(locale) })}</p>
      )}
      {(orgName || contactEmail) && (
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          {orgName && (
            <>
              <dt className="font-semibold">{t("runBy")}</dt>
              <dd dir="auto" lang={scriptLang(orgName, locale)}>
                {orgUrl ? (
                  <a href={orgUrl} className="text-brand-700 underline">
                    {orgName}
                  </a>
                ) : (
                  orgName
                )}
              </dd>
            </>
          )}
          {contactEmail && (
            <>
              <dt className="font-semibold">{t("contact")}</dt>
              <dd>
                <a href={`mailto:${contactEmail}`} lang="en" dir="ltr" className="text-brand-700 underline">
                  {contactEmail}
                </a>
              </dd>
            </>
          )}
        </dl>
      )}
    </article>
  );
}
