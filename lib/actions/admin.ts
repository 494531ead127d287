"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { viewerWith } from "@/lib/server/authz";
import { fieldErrors, refreshPublicPages, str } from "@/lib/server/admin/action-helpers";
import { setCommentHidden } from "@/lib/server/admin/moderation";
import { saveCampaign } from "@/lib/server/admin/save-campaign";
import { setUserRole } from "@/lib/server/admin/users";
import { campaignInput } from "@/lib/validation/campaign";
import { formDataToObject } from "@/lib/validation/form-data";
import { roleInput } from "@/lib/validation/user";
import { localePath } from "@/lib/locale-path";

// Staff actions. Each checks the caller's permission itself and answers "not_found" to anyone
// else (the same as for something that does not exist), validates with the same zod schema as
// its form, and records its change in the audit log (inside the data function's transaction).
export type AdminActionState = {
  ok?: boolean;
  error?: "not_found" | "invalid" | "conflict" | "last_admin" | "evidence" | "own_evidence" | "already_verified";
  fieldErrors?: Record<string, string>;
  saved?: number;
  // What was typed, to fill the form again after a failure (React empties a form once its action ran).
  values?: Record<string, string>;
  // Why the evidence link could not be archived.
  evidenceFailure?: { reason: string; host?: string; status?: number };
  // Decision makers that stay on a campaign because their position is on the record.
  kept?: string[];
};

const NOT_FOUND: AdminActionState = { ok: false, error: "not_found" };

export async function saveCampaignAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const viewer = await viewerWith("campaign:write");
  if (!viewer || !(formData instanceof FormData)) return NOT_FOUND;
  const parsed = campaignInput.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };
  const id = str(formData, "id") || undefined;
  const result = await saveCampaign({ id, input: parsed.data, actor: viewer });
  if (!result.ok) return result.error === "not_found" ? NOT_FOUND : { ok: false, error: "conflict", fieldErrors: result.fieldErrors };
  const locale = str(formData, "uiLocale");
  refreshPublicPages();
  // The page reloads with fresh values (status choices depend on the saved status) and says so.
  redirect(localePath(locale, `/admin/campaigns/${result.id}?${id ? "saved=campaign" : "created=1"}`));
}

export async function setCommentHiddenAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const viewer = await viewerWith("comment:moderate");
  if (!viewer || !(formData instanceof FormData)) return NOT_FOUND;
  const signatureId = str(formData, "signatureId");
  const campaignId = str(formData, "campaignId");
  if (!signatureId || !campaignId) return NOT_FOUND;
  const result = await setCommentHidden({ signatureId, campaignId, hidden: str(formData, "hidden") === "on", actor: viewer });
  if (!result.ok) return NOT_FOUND;
  refreshPublicPages();
  return { ok: true, saved: Date.now() };
}

export async function setUserRoleAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const viewer = await viewerWith("user:manage-roles");
  if (!viewer || !(formData instanceof FormData)) return NOT_FOUND;
  const parsed = roleInput.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };
  const result = await setUserRole({ ...parsed.data, actor: viewer });
  if (!result.ok) return { ok: false, error: "last_admin" };
  revalidatePath(localePath(str(formData, "uiLocale"), "/admin/users"));
  return { ok: true, saved: Date.now() };
}
