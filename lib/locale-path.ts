import { routing } from "@/i18n/routing";

// A path on this site in a given language: English has no prefix, others have theirs.
// Unknown locales fall back to English rather than producing a broken path.
export function localePath(locale: string, path: string): string {
  const known = (routing.locales as readonly string[]).includes(locale) ? locale : routing.defaultLocale;
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (known === routing.defaultLocale) return clean;
  return clean === "/" ? `/${known}` : `/${known}${clean}`;
}
