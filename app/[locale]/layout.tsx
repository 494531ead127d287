import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, languages } from "@/i18n/routing";
import { SiteHeader } from "@/components/site-header";
import { ErrorTextProvider } from "@/components/error-text";
import { siteOrigin } from "@/lib/server/config";
import { siteName } from "@/lib/server/organisation";
import { SiteFooter } from "@/components/site-footer";

// No generateStaticParams: nothing is prerendered at build time, which has no database.
// Cacheable pages are rendered on their first request and kept (see their `revalidate`).
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Meta" });
  const name = siteName(locale);
  return {
    title: { default: name, template: `%s · ${name}` },
    description: t("homeDescription"),
    metadataBase: new URL(siteOrigin()),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Layout" });
  const error = await getTranslations({ locale, namespace: "Error" });

  return (
    <html lang={locale} dir={languages[locale].dir}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider: the public pages' client components get their words as
            props (issue 13); the admin layout has its own provider for its forms. */}
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <ErrorTextProvider text={{ heading: error("heading"), body: error("body"), retry: error("retry") }}>{children}</ErrorTextProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
