import "server-only";
import { routing, type Locale } from "@/i18n/routing";
import { isSlug } from "@/lib/validation/slug";
import { fieldErrors } from "@/lib/validation/field-errors";
import { fail, NOT_FOUND, type ActionFailure, type FormValues } from "./action-result";

// Reading a posted form, the same way in every Server Action. An action may be called with
// anything at all (it is a public endpoint), so each reader accepts unknown input.

export const isForm = (input: unknown): input is FormData => input instanceof FormData;

// A text field; missing, or a file, reads as "".
export function textField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

// A checkbox of a plain form: "on" when ticked, absent when not.
export const ticked = (formData: FormData, name: string) => formData.get(name) === "on";

// The language the answer is for: one of routing.locales, else the default.
export function formLocale(formData: unknown, name = "locale"): Locale {
  const value = isForm(formData) ? formData.get(name) : null;
  return (routing.locales as readonly unknown[]).includes(value) ? (value as Locale) : routing.defaultLocale;
}

// The campaign a form names, when it is shaped like a slug (else nothing is looked up).
export function formSlug(formData: FormData): string | null {
  const value = formData.get("slug");
  return isSlug(value) ? value : null;
}

// The submitted text fields, to put back in a form that failed (a file cannot be put back).
export function textValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

type Issues = Parameters<typeof fieldErrors>[0];

type SafeParse<T> = { success: true; data: T } | { success: false; error: Issues };

// Checks input with a form's schema: the data, or the "invalid" answer with each field's error
// and what was typed.
export function parseInput<T>(result: SafeParse<T>, formData: FormData): { ok: true; data: T } | ActionFailure<"invalid"> {
  if (result.success) return { ok: true, data: result.data };
  return fail("invalid", { fieldErrors: fieldErrors(result.error), values: textValues(formData) });
}

// A data function's refusal as an action's answer: what does not exist (or may not be seen) is
// "notFound"; anything else is a conflict with the fields it names, and the form is filled in again.
export function refusal(result: { error: string; fieldErrors?: Record<string, string> }, formData: FormData): ActionFailure<"notFound" | "conflict"> {
  return result.error === "not_found" ? NOT_FOUND : fail("conflict", { fieldErrors: result.fieldErrors, values: textValues(formData) });
}
