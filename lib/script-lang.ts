import { isLocale, languages, routing } from "@/i18n/routing";

// The language to mark a proper name with (the organisation's or the site's, from settings),
// judged by its script: a page in Uyghur must not present a name in Latin letters as Uyghur
// (screen readers would read it with the wrong voice), and the reverse. A name in the page's own
// script is taken to be in the page's language; one in another script, in the first of the
// site's languages written in that script (i18n/routing.ts).
export function scriptLang(text: string, pageLocale: string): string {
  if (isLocale(pageLocale) && inScript(text, languages[pageLocale].script)) return pageLocale;
  return routing.locales.find((locale) => inScript(text, languages[locale].script)) ?? pageLocale;
}

const inScript = (text: string, script: string) => new RegExp(`\\p{Script=${script}}`, "u").test(text);
