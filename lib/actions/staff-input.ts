import "server-only";
import { redirect } from "next/navigation";
import { localePath } from "@/lib/locale-path";
import type { Permission } from "@/lib/auth/permissions";
import { viewerWith } from "@/lib/server/authz";
import type { Viewer } from "@/lib/server/auth/sessions";
import { formDataToObject } from "@/lib/validation/form-data";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { NOT_FOUND, type ActionFailure, type ActionState } from "./action-result";
import { formLocale, isForm, parseInput, refusal, textField } from "./form-input";

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

type Saved = { ok: true; id: string } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/**
 * A staff form that creates a record, or edits the one whose id it carries: the caller's
 * permission and the schema (staffInput), the data function, the public pages refreshed, and the
 * record's page again (`page` says where, and whether it was created). A refusal from the data
 * function is "notFound" or a "conflict" with its field errors.
 */
export async function saveStaffRecord<T>({
  permission,
  formData,
  schema,
  save,
  page,
}: {
  permission: Permission;
  formData: FormData;
  schema: Schema<T>;
  save: (args: { id: string | undefined; input: T; actor: Viewer }) => Promise<Saved>;
  page: (id: string, created: boolean) => string;
}): Promise<ActionState> {
  const parsed = await staffInput(permission, formData, schema);
  if (!parsed.ok) return parsed;
  const id = textField(formData, "id") || undefined;
  const result = await save({ id, input: parsed.data, actor: parsed.viewer });
  if (!result.ok) return refusal(result, formData);
  refreshPublicPages();
  redirectInUiLocale(formData, page(result.id, id === undefined));
}
