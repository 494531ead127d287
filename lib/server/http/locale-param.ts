import { isLocale, routing, type Locale } from "@/i18n/routing";

/** The language a public endpoint answers in: `?locale=ug`, else the default. */
export function localeParam(request: Request): Locale {
  const requested = new URL(request.url).searchParams.get("locale") ?? routing.defaultLocale;
  return isLocale(requested) ? requested : routing.defaultLocale;
}
