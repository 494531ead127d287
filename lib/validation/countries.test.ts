import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { countryTable } from "@/scripts/country-names";
import { COUNTRY_CODES, countryNamer, countryOptions } from "./countries";
import { COUNTRY_NAMES } from "./country-names";

const ARABIC_SCRIPT = /^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\s()\-.،’'\u200C\u200F]+$/;

describe("country names", () => {
  it("has every country once for every language of the site, sorted as that language sorts", () => {
    for (const locale of routing.locales) {
      const table = COUNTRY_NAMES[locale];
      expect(table, `no country names for "${locale}": run npm run countries:generate`).toBeDefined();
      expect(table!.map(([code]) => code).sort()).toEqual([...COUNTRY_CODES].sort());
      const names = table!.map(([, name]) => name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, locale)));
    }
  });

  it("names countries in Uyghur in Arabic script, and marks the few ICU lacks as English", () => {
    const ug = countryNamer("ug");
    expect(ug("CN")).toEqual({ name: "جۇڭگو", lang: "ug" });
    expect(ug("TR")).toEqual({ name: "تۈركىيە", lang: "ug" });
    expect(ug("KZ")).toEqual({ name: "قازاقىستان", lang: "ug" });
    for (const [code, name, lang] of countryOptions("ug")) {
      if (lang === undefined) expect(name, code).toMatch(ARABIC_SCRIPT);
      else expect([lang, name], code).toEqual(["en", new Intl.DisplayNames(["en"], { type: "region" }).of(code)]);
    }
    expect(countryNamer("en")("DE")).toEqual({ name: "Germany", lang: "en" });
  });

  it("is what scripts/country-names.ts makes from this Node's ICU (regenerate after changing languages)", () => {
    for (const locale of routing.locales) expect(COUNTRY_NAMES[locale]).toEqual(countryTable(locale));
  });
});
