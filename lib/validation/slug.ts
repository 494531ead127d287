// A campaign's address: lower-case letters and digits in groups joined by single hyphens. The
// one pattern for creating a slug (lib/validation/campaign.ts) and for reading one from a form.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MIN = 3;
export const SLUG_MAX = 80;

export function isSlug(value: unknown): value is string {
  return typeof value === "string" && value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
}
