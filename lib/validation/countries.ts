import { COUNTRY_CODES } from "./country-codes";
import { COUNTRY_NAMES } from "./country-names";

export { COUNTRY_CODES, type CountryCode } from "./country-codes";

const CODES: ReadonlySet<string> = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): value is (typeof COUNTRY_CODES)[number] {
  return CODES.has(value);
}

// The sign form's choices in the reader's language, sorted by name: [code, name] or, for a name
// in another language (ICU's Uyghur data lacks a few territories), [code, name, that language].
// From a table generated from ICU (scripts/country-names.ts), so that the server and every
// browser draw the same list; the sign form imports it, so no page carries it in its payload.
export type CountryOption = readonly [code: string, name: string, lang?: string];

export function countryOptions(locale: string): readonly CountryOption[] {
  return COUNTRY_NAMES[locale] ?? COUNTRY_NAMES.en ?? [];
}

export type CountryName = { name: string; lang: string };

export function countryNamer(locale: string): (code: string) => CountryName {
  const names = new Map(countryOptions(locale).map(([code, name, lang]) => [code, { name, lang: lang ?? locale }]));
  return (code) => names.get(code) ?? { name: code, lang: "en" };
}
