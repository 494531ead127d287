import { defineRouting } from "next-intl/routing";

type Language = {
  /** Writing direction of the language's pages. */
  dir: "ltr" | "rtl";
  /** The script its text is written in (ISO 15924): tells a name in this language's letters from one in another's. */
  script: "Latn" | "Arab" | "Cyrl";
  /** Its name in itself, for the language switcher and admin tabs: a reader finds their own on any page. */
  name: string;
};

// The site's languages: the one list. Adding a language is its messages/<code>.json and one
// line here; everything else (routes, switcher, emails, images, the sitemap, the front door's
// pages) reads this table. The first line is the default language, served without a prefix.
const LANGUAGES = {
  en: { dir: "ltr", script: "Latn", name: "English" },
  ug: { dir: "rtl", script: "Arab", name: "ئۇيغۇرچە" },
  tr: { dir: "ltr", script: "Latn", name: "Türkçe" },
} as const satisfies Record<string, Language>;

type Code = keyof typeof LANGUAGES;
const codes = Object.keys(LANGUAGES) as [Code, ...Code[]];

export const routing = defineRouting({
  locales: codes,
  defaultLocale: codes[0],
  // English lives at /, other languages under /ug/… The URL alone decides the language:
  // no cookie, no guessing from headers, so every page is the same for everyone and caches well.
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export const languages: Readonly<Record<Locale, Language>> = LANGUAGES;

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

/** The language a path is in, from its first segment: /ug/… is Uyghur, anything else the default. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) ? first : routing.defaultLocale;
}
