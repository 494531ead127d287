import { describe, expect, it } from "vitest";
import { z } from "zod";
import { z as mini } from "zod/mini";
import { routing } from "@/i18n/routing";
import { campaignInput } from "@/lib/validation/campaign";
import { isSlug } from "@/lib/validation/slug";
import { fieldErrors } from "@/lib/validation/field-errors";
import { formLocale, formSlug, parseInput, refusal, textField, textValues, ticked } from "./form-input";

const form = (entries: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
};

describe("form input helpers", () => {
  it("reads text fields and checkboxes, and never a file as text", () => {
    const data = form({ a: "x", box: "on", file: new Blob(["bytes"]) });
    expect(textField(data, "a")).toBe("x");
    expect(textField(data, "missing")).toBe("");
    expect(textField(data, "file")).toBe("");
    expect(ticked(data, "box")).toBe(true);
    expect(ticked(data, "a")).toBe(false);
    expect(textValues(form({ a: "x", $ACTION_ID_abc: "", file: new Blob(["b"]) }))).toEqual({ a: "x" });
  });

  it("takes the locale only from routing.locales, else the default", () => {
    for (const locale of routing.locales) expect(formLocale(form({ locale }))).toBe(locale);
    expect(formLocale(form({ locale: "xx" }))).toBe(routing.defaultLocale);
    expect(formLocale(form({ locale: "../../etc" }))).toBe(routing.defaultLocale);
    expect(formLocale("not a form")).toBe(routing.defaultLocale);
    expect(formLocale(form({ uiLocale: "ug" }), "uiLocale")).toBe("ug");
  });

  it("reads a slug with the one slug pattern", () => {
    expect(formSlug(form({ slug: "support-icc-complaint" }))).toBe("support-icc-complaint");
    for (const bad of ["", "-a", "a--b", "A-b", "a b", "a/b", "a".repeat(81), "ab%00c"]) expect(formSlug(form({ slug: bad })), bad).toBeNull();
    expect(isSlug(123)).toBe(false);
  });

  it("turns classic and mini zod issues into one message key per field path", () => {
    const classic = z.object({ a: z.string().min(1, { message: "required" }), n: z.object({ b: z.string().max(1, { message: "tooLong" }) }) }).safeParse({ a: "", n: { b: "xx" } });
    expect(classic.success).toBe(false);
    if (!classic.success) expect(fieldErrors(classic.error)).toEqual({ a: "required", "n.b": "tooLong" });
    const small = mini.object({ c: mini.string().check(mini.minLength(2, "short"), mini.maxLength(0, "long")) }).safeParse({ c: "x" });
    if (!small.success) expect(fieldErrors(small.error)).toEqual({ c: "short" });
    expect(small.success).toBe(false);
  });

  it("answers invalid input with its field errors and what was typed", () => {
    const data = form({ slug: "No Good", locale: "en" });
    const parsed = parseInput(campaignInput.safeParse({ slug: "No Good", locale: "en" }), data);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toBe("invalid");
    expect(parsed.fieldErrors?.slug).toBe("slugInvalid");
    expect(parsed.values).toEqual({ slug: "No Good", locale: "en" });
  });

  it("answers a data function's refusal as notFound or a conflict with its fields", () => {
    const data = form({ slug: "taken" });
    expect(refusal({ error: "not_found" }, data)).toEqual({ ok: false, error: "notFound" });
    expect(refusal({ error: "conflict", fieldErrors: { slug: "slugTaken" } }, data)).toEqual({ ok: false, error: "conflict", fieldErrors: { slug: "slugTaken" }, values: { slug: "taken" } });
  });
});
