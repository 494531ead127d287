import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regexes } from "zod/v4/core";
import { EMAIL_PATTERN, signInChecks } from "./auth-browser";
import { signInInput } from "./auth";
import { COUNTRY_CODES } from "./countries";
import { signatureInput, type SignatureFormValues } from "./signature";
import { signatureChecks } from "./signature-browser";

// What the server's schema says, as react-hook-form's zodResolver said it: the first issue of each field.
function zodErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0]);
    errors[field] ??= issue.message;
  }
  return errors;
}

const defined = (errors: Record<string, string | undefined>) => Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined));

// Text near every edge the rules have: empty, blank, at and over the limits, control characters.
const text = (max: number) =>
  fc.oneof(
    fc.constantFrom("", "   ", "Ayşe", "ئايگۈل", "a\u0000b", "line\nbreak", "tab\there", "\u001b[0m", "x\u007f"),
    fc.string({ maxLength: max + 5 }),
    fc.integer({ min: max - 2, max: max + 2 }).map((n) => "a".repeat(n)),
    fc.integer({ min: max - 2, max: max + 2 }).map((n) => ` ${"b".repeat(n)} `),
    fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", "\t", "\u0001", "\u000b", "ü") , maxLength: 12 }),
  );

const signature = fc.record({
  showName: fc.boolean(),
  displayName: text(80),
  country: fc.oneof(fc.constantFrom("", ...COUNTRY_CODES.slice(0, 20), "XX", "us", "USA", "U", " US"), fc.string({ maxLength: 4 })),
  comment: text(500),
  follow: fc.boolean(),
}) satisfies fc.Arbitrary<SignatureFormValues>;

describe("the sign form's browser checks (no zod in the browser)", () => {
  it("give the errors the server's zod schema gives, field by field", () => {
    fc.assert(
      fc.property(signature, (values) => {
        expect(defined(signatureChecks(values))).toEqual(zodErrors(signatureInput.safeParse(values)));
      }),
      { numRuns: 3000 },
    );
  });

  it("refuse what the server refuses", () => {
    expect(signatureChecks({ showName: true, displayName: "  ", country: "", comment: "", follow: false })).toMatchObject({ displayName: "displayNameRequired" });
    expect(signatureChecks({ showName: false, displayName: "a".repeat(81), country: "ZZ", comment: "x\u0000", follow: false })).toEqual({
      displayName: "displayNameTooLong",
      country: "countryInvalid",
      comment: "controlCharacters",
    });
  });
});

describe("the sign-in form's browser check", () => {
  it("uses zod's own email pattern", () => {
    expect(EMAIL_PATTERN.source).toBe(regexes.email.source);
  });

  it("gives the error the server's zod schema gives", () => {
    const email = fc.oneof(
      fc.constantFrom("", "  ", "name@example.org", " Name@Example.ORG ", "a@b", "a@b.c", "a..b@example.org", ".a@example.org", "a@-b.org", `${"a".repeat(250)}@x.org`),
      fc.emailAddress(),
      fc.string({ maxLength: 30 }),
      fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom("@", "@@", ".", ""), fc.domain()).map(([a, b, c]) => `${a}${b}${c}`),
    );
    fc.assert(
      fc.property(email, (value) => {
        const values = { email: value, callbackUrl: "/" };
        expect(defined(signInChecks(values))).toEqual(zodErrors(signInInput.safeParse(values)));
      }),
      { numRuns: 3000 },
    );
  });
});
