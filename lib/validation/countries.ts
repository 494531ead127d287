// ISO 3166-1 alpha-2 codes. Names come from Intl.DisplayNames in the reader's language.
export const COUNTRY_CODES = [
  "AD","AE","AF","AG","AI","AL","AM","AO","AQ","AR","AS","AT","AU","AW","AX","AZ","BA","BB","BD","BE","BF","BG","BH","BI","BJ",
  "BL","BM","BN","BO","BQ","BR","BS","BT","BV","BW","BY","BZ","CA","CC","CD","CF","CG","CH","CI","CK","CL","CM","CN","CO","CR",
  "CU","CV","CW","CX","CY","CZ","DE","DJ","DK","DM","DO","DZ","EC","EE","EG","EH","ER","ES","ET","FI","FJ","FK","FM","FO","FR",
  "GA","GB","GD","GE","GF","GG","GH","GI","GL","GM","GN","GP","GQ","GR","GS","GT","GU","GW","GY","HK","HM","HN","HR","HT","HU",
  "ID","IE","IL","IM","IN","IO","IQ","IR","IS","IT","JE","JM","JO","JP","KE","KG","KH","KI","KM","KN","KP","KR","KW","KY","KZ",
  "LA","LB","LC","LI","LK","LR","LS","LT","LU","LV","LY","MA","MC","MD","ME","MF","MG","MH","MK","ML","MM","MN","MO","MP","MQ",
  "MR","MS","MT","MU","MV","MW","MX","MY","MZ","NA","NC","NE","NF","NG","NI","NL","NO","NP","NR","NU","NZ","OM","PA","PE","PF",
  "PG","PH","PK","PL","PM","PN","PR","PS","PT","PW","PY","QA","RE","RO","RS","RU","RW","SA","SB","SC","SD","SE","SG","SH","SI",
  "SJ","SK","SL","SM","SN","SO","SR","SS","ST","SV","SX","SY","SZ","TC","TD","TF","TG","TH","TJ","TK","TL","TM","TN","TO","TR",
  "TT","TV","TW","TZ","UA","UG","UM","US","UY","UZ","VA","VC","VE","VG","VI","VN","VU","WF","WS","XK","YE","YT","ZA","ZM","ZW",
] as const;

export type CountryCode = (typeof COUNTRY_CODES)[number];

const CODES: ReadonlySet<string> = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): value is CountryCode {
  return CODES.has(value);
}

export type CountryName = { name: string; lang: string };

// A country's name in the reader's language; where that language has none (ICU's Uyghur data
// lacks a few territories), the English name, marked as English.
export function countryNamer(locale: string): (code: string) => CountryName {
  const local = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const english = new Intl.DisplayNames(["en"], { type: "region" });
  return (code) => {
    const name = local.of(code);
    return name ? { name, lang: locale } : { name: english.of(code) ?? code, lang: "en" };
  };
}

// The sign form's choices, sorted by name: [code, name] or, for a name in another language,
// [code, name, lang]. Tuples, because the list travels in every campaign page's payload to
// the client form; objects made it twice the size (a tenth of the page).
export type CountryOption = readonly [code: CountryCode, name: string, lang?: string];

export function countryOptions(locale: string): CountryOption[] {
  const nameOf = countryNamer(locale);
  return COUNTRY_CODES.map((code) => ({ code, ...nameOf(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
    .map(({ code, name, lang }) => (lang === locale ? [code, name] : [code, name, lang]));
}
