import "server-only";
import { redirect } from "next/navigation";
import { localePath } from "@/lib/locale-path";
import type { Permission } from "@/lib/auth/permissions";
import { viewerWith } from "@/lib/server/authz";
import type { Viewer } from "@/lib/server/auth/sessions";
import { formDataToObject } from "@/lib/validation/form-data";
import { NOT_FOUND, type ActionFailure } from "./action-result";
import { formLocale, isForm, parseInput } from "./form-input";

type Schema<T> = { safeParse: (input: unknown) => { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } };

// The start of every staff form's action: the caller must hold the action's permission (asked of
// authz.ts on every call; anyone else is answered as for something that does not exist), then
// the form must pass the action's schema ("invalid", with its field errors and what was typed).
// `read` turns the form into the schema's input; by default its text fields, nested.
export async function staffInput<T>(
  permission: Permission,
  formData: unknown,
  schema: Schema<T>,
  read: (formData: FormData) => unknown = formDataToObject,
): Promise<{ ok: true; viewer: Viewer; data: T; form: FormData } | ActionFailure<"notFound" | "invalid">> {
  const viewer = await viewerWith(permission);
  if (!viewer || !isForm(formData)) return NOT_FOUND;
  const parsed = parseInput(schema.safeParse(read(formData)), formData);
  return parsed.ok ? { ok: true, viewer, data: parsed.data, form: formData } : parsed;
}

// After a staff form is saved: its page again, in the language the editor was using.
export function redirectInUiLocale(formData: FormData, path: string): never {
  redirect(localePath(formLocale(formData, "uiLocale"), path));
}
