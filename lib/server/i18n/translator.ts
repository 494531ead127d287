import "server-only";
import { createFormatter, createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { isLocale, routing, type Locale } from "@/i18n/routing";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";

type Messages = typeof en;
const MESSAGES: Record<Locale, Messages> = { en, ug };

// Messages and number/date formats in a given language, outside any page's request: for
// images, PDFs, embeds and badges, drawn in the language a query asks for (and in tests).
export function translator<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: string, namespace: Namespace) {
  const known = isLocale(locale) ? locale : routing.defaultLocale;
  return createTranslator<Messages, Namespace>({ locale: known, messages: MESSAGES[known], namespace });
}

export function formatter(locale: string) {
  return createFormatter({ locale: isLocale(locale) ? locale : routing.defaultLocale, timeZone: "UTC" });
}
