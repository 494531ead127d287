import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localePath } from "@/lib/locale-path";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { getTracker } from "@/lib/server/tracker/get-tracker";
import { TrackerList } from "./_components/tracker-list";
import { TrackerTable } from "./_components/tracker-table";

type Props = { params: Promise<{ locale: string }> };

// The same for everyone: rendered on the first request, served from cache, refreshed at most every
// few seconds (staff changes refresh it at once on their instance). Reads no cookies.
export const revalidate = 5;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Tracker" });
  const metadata = await pageMetadata({ locale, path: "/tracker", title: t("title"), description: t("intro") });
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/atom+xml": [{ url: localePath(locale, "/feed.xml"), title: t("feedTitle") }] } } };
}

// Demands × decision makers: where each demand stands with each decision maker, on evidence anyone
// can check. A table on wide screens, a list per demand on narrow ones (the table is too wide for
// a phone); both are plain HTML and work without JavaScript.
export default async function TrackerPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tracker] = await Promise.all([getTranslations("Tracker"), getTracker({ locale })]);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-slate-700">{t("howToRead")}</p>
      {tracker.campaigns.length === 0 ? (
        <p className="mt-8">{t("empty")}</p>
      ) : (
        <>
          <TrackerTable tracker={tracker} locale={locale} />
          <TrackerList tracker={tracker} locale={locale} />
        </>
      )}
      <p className="mt-8 text-sm">
        <a href={localePath(locale, "/feed.xml")} type="application/atom+xml" className="text-brand-700 underline">
          {t("feed")}
        </a>
      </p>
    </>
  );
}
