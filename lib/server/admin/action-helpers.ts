import "server-only";
import { revalidatePath } from "next/cache";
import type { ZodError } from "zod";
import { forgetCampaignVersions } from "@/lib/server/campaigns/public-campaign-version";

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

// Public pages are cached for a few seconds. A campaign page's address carries its version
// (see public-campaign-version.ts), so an edit is a new page at once on this instance; others
// catch up within a few seconds. Edits are rare, so everything else is refreshed too.
export function refreshPublicPages() {
  forgetCampaignVersions();
  revalidatePath("/", "layout");
}
