import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

/** A form's browser-side checks: each field with an error, and its message key. */
export type FormChecks<T> = (values: T) => Partial<Record<keyof T & string, string>>;

// react-hook-form's resolver from plain checks, for the public forms: zod stays on the server
// (its core alone is some 23 KB of compressed JavaScript, issue 13), and each form's checks are
// tested against the zod schema its action parses with, so both say the same.
export function checksResolver<T extends FieldValues>(checks: FormChecks<T>): Resolver<T> {
  return (values) => {
    const found = Object.entries(checks(values)).filter(([, message]) => message !== undefined);
    if (found.length === 0) return { values, errors: {} };
    const errors = Object.fromEntries(found.map(([name, message]) => [name, { type: "custom", message }]));
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}
