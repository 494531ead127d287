import "server-only";
import { forEachLocale } from "@/lib/validation/locales";

// Every language of i18n/routing.ts by its own name, from the server's ICU data.
export const languageNames = () => forEachLocale((locale) => new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale);
