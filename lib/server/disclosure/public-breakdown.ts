// Disclosure control: the one place that decides what the public may learn about where
// signers come from. Pure (no database), so the rule is tested on its own and every output
// (campaign page, JSON API, CSV export, and later embeds, share images, feeds, PDF packets)
// uses exactly this function and this threshold. See docs/decisions/008.

/**
 * The smallest group of signers the public ever sees a number for, or a country name for.
 * A country with fewer signers is never named; the staff CSV suppresses cells under it too.
 */
export const DISCLOSURE_THRESHOLD = 10;

/** How often, at most, the public breakdown is recomputed (see refresh-public-breakdown.ts). */
export const BREAKDOWN_MAX_AGE_SECONDS = 60 * 60;

/** Signatures per country code; "" (or null) for signers who gave no country. Repeated codes add up. */
export type CountryCounts = Iterable<readonly [country: string | null, count: number]>;

export type NamedCountry = { country: string; count: number };

export type PublicBreakdown = {
  /** Countries with at least DISCLOSURE_THRESHOLD signers, largest first (ties by code). */
  countries: NamedCountry[];
  /**
   * Everyone else together ("Other countries"): signers from countries under the threshold
   * and signers who gave no country. A number only once that group itself reaches the
   * threshold; null before, so that one signer from a small country shows nowhere.
   */
  otherCountries: number | null;
};

/**
 * Turns per-country signature counts into what the public may see. Countries with at least
 * DISCLOSURE_THRESHOLD signers are named with their count; all the others, and signers who gave
 * no country, are pooled as "Other countries", shown only when the pool reaches the threshold.
 * Signers without a country join the pool on purpose: it reaches the threshold sooner, and
 * nobody can tell a small country's signers from people who chose not to say.
 */
export function publicCountryBreakdown(counts: CountryCounts): PublicBreakdown {
  const totals = new Map<string, number>();
  for (const [country, count] of counts) {
    if (!Number.isFinite(count) || count <= 0) continue;
    const key = country ?? "";
    totals.set(key, (totals.get(key) ?? 0) + count);
  }
  const countries: NamedCountry[] = [];
  let pooled = 0;
  for (const [country, count] of totals) {
    if (country !== "" && count >= DISCLOSURE_THRESHOLD) countries.push({ country, count });
    else pooled += count;
  }
  countries.sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
  return { countries, otherCountries: pooled >= DISCLOSURE_THRESHOLD ? pooled : null };
}

/** The countries a breakdown names, for outputs that group rows by country (the CSV export). */
export function namedCountries(breakdown: PublicBreakdown): ReadonlySet<string> {
  return new Set(breakdown.countries.map((c) => c.country));
}

export function sameBreakdown(a: PublicBreakdown, b: PublicBreakdown): boolean {
  return (
    a.otherCountries === b.otherCountries &&
    a.countries.length === b.countries.length &&
    a.countries.every((c, i) => c.country === b.countries[i]?.country && c.count === b.countries[i]?.count)
  );
}
