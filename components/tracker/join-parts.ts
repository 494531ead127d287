// Parts of a description (title, institution, country) joined with the comma of the language
// they are written in: Uyghur uses the Arabic comma.
const COMMA: Record<string, string> = { ug: "، " };

export function joinParts(parts: string[], lang: string): string {
  return parts.filter(Boolean).join(COMMA[lang] ?? ", ");
}
