import { describe, expect, it } from "vitest";
import { DISCLOSURE_THRESHOLD, publicCountryBreakdown, sameBreakdown } from "./public-breakdown";

describe("publicCountryBreakdown", () => {
  it("names no country below the threshold, and shows no pool below it either", () => {
    expect(DISCLOSURE_THRESHOLD).toBe(10);
    expect(publicCountryBreakdown([["KZ", 1]])).toEqual({ countries: [], otherCountries: null });
    expect(publicCountryBreakdown([["KZ", 9]])).toEqual({ countries: [], otherCountries: null });
  });

  it("names a country from its tenth signer, largest first", () => {
    expect(publicCountryBreakdown([["DE", 10], ["SE", 25], ["KZ", 1]])).toEqual({
      countries: [
        { country: "SE", count: 25 },
        { country: "DE", count: 10 },
      ],
      otherCountries: null,
    });
  });

  it("pools small countries and signers without a country as other countries, shown from 10", () => {
    const nine = [["KZ", 3], ["KG", 2], ["TR", 4]] as const;
    expect(publicCountryBreakdown(nine).otherCountries).toBeNull();
    expect(publicCountryBreakdown([...nine, ["UZ", 1]]).otherCountries).toBe(10);
    expect(publicCountryBreakdown([...nine, ["", 1]]).otherCountries).toBe(10);
    expect(publicCountryBreakdown([...nine, [null, 1]]).otherCountries).toBe(10);
    // Signers who gave no country are never a named row, however many.
    expect(publicCountryBreakdown([["", 50]])).toEqual({ countries: [], otherCountries: 50 });
  });

  it("adds repeated codes (counter shards) and ignores empty or negative rows", () => {
    expect(publicCountryBreakdown([["DE", 4], ["DE", 6], ["FR", 0], ["IT", -1]])).toEqual({ countries: [{ country: "DE", count: 10 }], otherCountries: null });
  });

  it("compares breakdowns by what they show", () => {
    const a = publicCountryBreakdown([["DE", 10]]);
    expect(sameBreakdown(a, publicCountryBreakdown([["DE", 10], ["KZ", 1]]))).toBe(true);
    expect(sameBreakdown(a, publicCountryBreakdown([["DE", 11]]))).toBe(false);
  });
});
