"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { languages, routing } from "@/i18n/routing";

// Plain links to the same page in another language: works without JavaScript. Each language is
// named in itself (i18n/routing.ts), so a reader finds their own whatever page they are on.
export function LanguageSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <ul aria-label={label} className="flex items-center gap-3 text-sm">
      {routing.locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" lang={locale} className="font-semibold text-slate-900">
              {languages[locale].name}
            </span>
          ) : (
            <Link href={pathname} locale={locale} lang={locale} hrefLang={locale} className="text-brand-700 underline">
              {languages[locale].name}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
