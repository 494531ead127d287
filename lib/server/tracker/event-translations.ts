import "server-only";
import { LOCALES } from "@/lib/validation/locales";
import type { TrackerEventInput } from "@/lib/validation/tracker";

// The rows an event's translations and a reason's translations become: one per language of
// i18n/routing.ts that has text, never the campaign's own language (its text is the event's own).

export function eventTranslationRows(translations: TrackerEventInput["translations"], ownLocale: string) {
  return LOCALES.filter((locale) => locale !== ownLocale && translations[locale].title).map((locale) => ({ locale, ...translations[locale] }));
}

export function reasonTranslationRows(reasons: Record<string, string>, ownLocale: string) {
  return LOCALES.filter((locale) => locale !== ownLocale && reasons[locale]).map((locale) => ({ locale, reason: reasons[locale]! }));
}
