"use client";

import { usePathname } from "next/navigation";
import { languages, routing, type Locale } from "@/i18n/routing";
import { localePath } from "@/lib/locale-path";

// The page's path without the language's prefix: "/ug/tracker" → "/tracker".
export function unprefixed(pathname: string, locale: Locale): string {
  const prefix = `/${locale}`;
  if (pathname === prefix) return "/";
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

// Plain links to the same page in another language: works without JavaScript (the server draws
// them). The layout does not know the page's address, so this reads it from Next's router, and
// nothing else: no next-intl client on the page (issue 13). Each language is named in itself
// (i18n/routing.ts), so a reader finds their own whatever page they are on.
export function LanguageSwitcher({ label, current }: { label: string; current: Locale }) {
  const path = unprefixed(usePathname(), current);
  return (
    <ul aria-label={label} className="flex items-center gap-3 text-sm">
      {routing.locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" lang={locale} className="font-semibold text-slate-900">
              {languages[locale].name}
            </span>
          ) : (
            <a href={localePath(locale, path)} lang={locale} hrefLang={locale} className="text-brand-700 underline">
              {languages[locale].name}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
