// Parts of a description (title, institution, country) joined with the comma of the language
// they are written in: Uyghur uses the Arabic comma.
const COMMA: Record<string, string> = { ug: "، " };

export function comma(lang: string): string {
  return COMMA[lang] ?? ", ";
}

export function joinParts(parts: string[], lang: string): string {
  return parts.filter(Boolean).join(comma(lang));
}
