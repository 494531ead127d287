"use server";

import { revalidatePath } from "next/cache";
import { viewerWith } from "@/lib/server/authz";
import { saveSitePage } from "@/lib/server/site-pages/save-site-page";
import { formDataToObject } from "@/lib/validation/form-data";
import { aboutPageInput } from "@/lib/validation/site-page";
import { NOT_FOUND, succeed, type ActionState } from "./action-result";
import { isForm, parseInput } from "./form-input";

// Saves the /about text. Staff with "page:write" only; anyone else gets the same answer as
// for something that does not exist.
export async function saveAboutPageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await viewerWith("page:write");
  if (!viewer || !isForm(formData)) return NOT_FOUND;
  const parsed = parseInput(aboutPageInput.safeParse(formDataToObject(formData)), formData);
  if (!parsed.ok) return parsed;
  await saveSitePage({ key: "about", texts: parsed.data, actor: viewer });
  revalidatePath("/", "layout");
  return succeed();
}
