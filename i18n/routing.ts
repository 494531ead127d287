import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "ug"],
  defaultLocale: "en",
  // English lives at /, other languages under /ug/… The URL alone decides the language:
  // no cookie, no guessing from headers, so every page is the same for everyone and caches well.
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export const localeDirection: Record<Locale, "ltr" | "rtl"> = { en: "ltr", ug: "rtl" };

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
