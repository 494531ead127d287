import { isLocale, languages } from "@/i18n/routing";

// Parts of a description (title, institution, country) joined with the comma of the language
// they are written in: languages in Arabic script (Uyghur) use the Arabic comma.
export function comma(lang: string): string {
  return isLocale(lang) && languages[lang].script === "Arab" ? "، " : ", ";
}

export function joinParts(parts: string[], lang: string): string {
  return parts.filter(Boolean).join(comma(lang));
}
