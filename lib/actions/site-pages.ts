"use server";

import { revalidatePath } from "next/cache";
import { viewerWith } from "@/lib/server/authz";
import { saveSitePage } from "@/lib/server/site-pages/save-site-page";
import { formDataToObject } from "@/lib/validation/form-data";
import { aboutPageInput, type AboutPageFormValues } from "@/lib/validation/site-page";

export type AboutPageState = { ok?: boolean; saved?: number; error?: "notFound" | "invalid"; fieldErrors?: Partial<Record<keyof AboutPageFormValues, string>> };

// Saves the /about text. Staff with "page:write" only; anyone else gets the same answer as
// for something that does not exist.
export async function saveAboutPageAction(_previous: AboutPageState, formData: FormData): Promise<AboutPageState> {
  const viewer = await viewerWith("page:write");
  if (!viewer || !(formData instanceof FormData)) return { ok: false, error: "notFound" };
  const parsed = aboutPageInput.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors: AboutPageState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof AboutPageFormValues | undefined;
      if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { ok: false, error: "invalid", fieldErrors };
  }
  await saveSitePage({ key: "about", texts: parsed.data, actor: viewer });
  revalidatePath("/", "layout");
  return { ok: true, saved: Date.now() };
}
