"use client";

import { createContext, useContext, type ReactNode } from "react";
import { LOCALES, type LocaleValue } from "@/lib/validation/locales";

// Each language by its own name ("English", "ئۇيغۇرچە", "Türkçe"), worked out once on the server
// from Node's ICU data (languageNames in ./language-names-server.ts) and handed to the admin
// forms: a browser's ICU may lack a language's own name (Debian's Chromium names "ug" "Uyghur"),
// which would draw another label than the server's. A language added to i18n/routing.ts is named
// without another edit.
const LanguageNames = createContext<Partial<Record<LocaleValue, string>>>({});

export function LanguageNamesProvider({ names, children }: { names: Record<LocaleValue, string>; children: ReactNode }) {
  return <LanguageNames.Provider value={names}>{children}</LanguageNames.Provider>;
}

export function useLanguageName() {
  const names = useContext(LanguageNames);
  return (locale: LocaleValue) => names[locale] ?? locale;
}

// The options of a "written in" choice: every language the site speaks, each in itself.
export function LanguageOptions() {
  const languageName = useLanguageName();
  return LOCALES.map((l) => (
    <option key={l} value={l} lang={l}>
      {languageName(l)}
    </option>
  ));
}
