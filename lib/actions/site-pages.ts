"use server";

import { staffInput } from "./staff-input";
import { revalidatePath } from "next/cache";
import { saveSitePage } from "@/lib/server/site-pages/save-site-page";
import { aboutPageInput } from "@/lib/validation/site-page";
import { succeed, type ActionState } from "./action-result";

// Saves the /about text. Staff with "page:write" only; anyone else gets the same answer as
// for something that does not exist.
export async function saveAboutPageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = await staffInput("page:write", formData, aboutPageInput);
  if (!parsed.ok) return parsed;
  await saveSitePage({ key: "about", texts: parsed.data, actor: parsed.viewer });
  revalidatePath("/", "layout");
  return succeed();
}
