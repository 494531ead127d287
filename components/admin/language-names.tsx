import { LOCALES, type LocaleValue } from "@/lib/validation/locales";

// A language by its own name ("English", "ئۇيغۇرچە", "Türkçe"), from the browser's or server's
// ICU data: a language added to i18n/routing.ts is named without another edit.
export function languageName(locale: LocaleValue): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
}

// The options of a "written in" choice: every language the site speaks, each in itself.
export function LanguageOptions() {
  return LOCALES.map((l) => (
    <option key={l} value={l} lang={l}>
      {languageName(l)}
    </option>
  ));
}
