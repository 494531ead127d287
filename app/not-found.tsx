import type { Metadata } from "next";
import Link from "next/link";
import { languages, routing } from "@/i18n/routing";
import { localePath } from "@/lib/locale-path";
import { translator } from "@/lib/server/i18n/translator";

export const metadata: Metadata = {
  title: routing.locales.map((locale) => translator(locale, "NotFound")("heading")).join(" · "),
  robots: { index: false },
};

// The 404 page for every path no route matches, and for unknown or draft campaigns (see
// proxy.ts). It is static, so it cannot know the reader's language: it speaks every language of
// the site, the default first, each in its own direction.
export default function NotFound() {
  const first = routing.defaultLocale;
  return (
    <html lang={first} dir={languages[first].dir}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900">
        <main className="mx-auto grid max-w-5xl gap-10 px-4 py-16 md:grid-cols-[repeat(auto-fit,minmax(14rem,1fr))]">
          {routing.locales.map((locale) => {
            const t = translator(locale, "NotFound");
            const Heading = locale === first ? "h1" : "h2";
            return (
              <section key={locale} lang={locale === first ? undefined : locale} dir={locale === first ? undefined : languages[locale].dir}>
                <Heading className="text-3xl font-bold">{t("heading")}</Heading>
                <p className="mt-4 text-slate-700">{t("body")}</p>
                <p className="mt-6">
                  <Link href={localePath(locale, "/")} className="font-semibold text-brand-700 underline">
                    {t("home")}
                  </Link>
                </p>
              </section>
            );
          })}
        </main>
        <footer className="mx-auto flex max-w-5xl flex-wrap justify-between gap-3 border-t border-slate-200 px-4 py-6 text-sm">
          {routing.locales.map((locale) => (
            <Link key={locale} href={localePath(locale, "/privacy")} lang={locale === first ? undefined : locale} dir={locale === first ? undefined : languages[locale].dir} className="text-brand-700 underline">
              {translator(locale, "Layout")("privacy")}
            </Link>
          ))}
        </footer>
      </body>
    </html>
  );
}
