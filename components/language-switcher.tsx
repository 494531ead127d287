"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";

// Each language is named in itself, so a reader finds their own whatever page they are on.
const NATIVE_NAMES: Record<Locale, string> = { en: "English", ug: "ئۇيغۇرچە" };

// Plain links to the same page in another language: works without JavaScript.
export function LanguageSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <ul aria-label={label} className="flex items-center gap-3 text-sm">
      {routing.locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" lang={locale} className="font-semibold text-slate-900">
              {NATIVE_NAMES[locale]}
            </span>
          ) : (
            <Link href={pathname} locale={locale} lang={locale} hrefLang={locale} className="text-brand-700 underline">
              {NATIVE_NAMES[locale]}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
