import { COUNTRY_NAMES } from "./country-names";

export { COUNTRY_CODES, isCountryCode, type CountryCode } from "./country-codes";

// The sign form's choices in the reader's language, sorted by name: [code, name] or, for a name
// in another language (ICU's Uyghur data lacks a few territories), [code, name, that language].
// From a table generated from ICU (scripts/country-names.ts). The server reads it and hands the
// sign form the reader's language's list as a prop: the names of every language stay out of
// the JavaScript every campaign page loads (issue 13), and the server and the browser draw the
// same list.
export type CountryOption = readonly [code: string, name: string, lang?: string];

export function countryOptions(locale: string): readonly CountryOption[] {
  return COUNTRY_NAMES[locale] ?? COUNTRY_NAMES.en ?? [];
}

export type CountryName = { name: string; lang: string };

export function countryNamer(locale: string): (code: string) => CountryName {
  const names = new Map(countryOptions(locale).map(([code, name, lang]) => [code, { name, lang: lang ?? locale }]));
  return (code) => names.get(code) ?? { name: code, lang: "en" };
}
