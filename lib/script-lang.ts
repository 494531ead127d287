// The language to mark a proper name with (the organisation's or the site's, from settings),
// judged by its script: a page in Uyghur must not present a name in Latin letters as Uyghur
// (screen readers would read it with the wrong voice), and the reverse.
export function scriptLang(text: string, pageLocale: string): string {
  if (/\p{Script=Arabic}/u.test(text)) return "ug";
  if (/\p{Script=Latin}/u.test(text)) return "en";
  return pageLocale;
}
