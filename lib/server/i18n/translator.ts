import "server-only";
import { createFormatter, createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { isLocale, routing, type Locale } from "@/i18n/routing";
import type en from "@/messages/en.json";

export type Messages = typeof en;

// Every language's messages, loaded once when the server starts: the list is routing.locales,
// so a new language needs nothing here. (A template import, as i18n/request.ts does, so every
// bundler includes each messages/<locale>.json.)
const MESSAGES = Object.fromEntries(
  await Promise.all(routing.locales.map(async (locale) => [locale, (await import(`../../../messages/${locale}.json`)).default as Messages] as const)),
) as Record<Locale, Messages>;

// Messages and number/date formats in a given language, outside any page's request: for
// images, PDFs, embeds, badges and emails, drawn in the language a query asks for (and in tests).
export function translator<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: string, namespace: Namespace) {
  const known = isLocale(locale) ? locale : routing.defaultLocale;
  return createTranslator<Messages, Namespace>({ locale: known, messages: MESSAGES[known], namespace });
}

export function formatter(locale: string) {
  return createFormatter({ locale: isLocale(locale) ? locale : routing.defaultLocale, timeZone: "UTC" });
}
