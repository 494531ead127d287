import "server-only";
import { languages } from "@/i18n/routing";
import { forEachLocale } from "@/lib/validation/locales";

// Every language of the site by its own name, from the one table (i18n/routing.ts): a browser's
// ICU may lack a language's own name (Debian's Chromium names "ug" "Uyghur").
export const languageNames = () => forEachLocale((locale) => languages[locale].name);
