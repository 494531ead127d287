import "server-only";
import { revalidatePath } from "next/cache";
import type { ZodError } from "zod";

// Helpers every staff action shares (parsing form fields, zod errors, refreshing public pages).

export function fieldErrors(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    errors[key] ??= issue.message;
  }
  return errors;
}

export const str = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

// The submitted text fields, to put back in a form that failed (a file cannot be put back).
export function textValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

// Public pages are cached for a few seconds. A campaign page's and the home page's addresses
// carry their versions (see public-campaign-version.ts), which every instance reads from the
// database within a second, so an edit is a new page everywhere at once. Edits are rare, so
// everything else cached on this instance is refreshed too.
export function refreshPublicPages() {
  revalidatePath("/", "layout");
}
