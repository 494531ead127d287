import { z } from "zod";
import { isLocale, routing, type Locale } from "@/i18n/routing";

// The languages a form offers and its schema accepts: i18n/routing.ts is the only list, so a
// language added there gets its fields in every admin form without another edit.
export const LOCALES = routing.locales;
export type LocaleValue = Locale;

export const localeChoice = z.enum(LOCALES);

// One copy of a translation's schema per language: { en: schema, ug: schema, … }.
export function perLocale<S extends z.ZodType>(schema: S) {
  return z.object(Object.fromEntries(LOCALES.map((locale) => [locale, schema])) as Record<Locale, S>);
}

// The same object of values, one per language (a form's empty translations, say).
export function forEachLocale<T>(value: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, value(locale)])) as Record<Locale, T>;
}

// A stored language (a campaign's, say) as one of the routing's; one no longer listed reads as the
// default.
export function knownLocale(value: string): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}

// Every language but a text's own: the languages it may be translated into.
export function otherLocales(own: string): Locale[] {
  return LOCALES.filter((locale) => locale !== own);
}
