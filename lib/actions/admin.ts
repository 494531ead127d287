"use server";

import { viewerWith } from "@/lib/server/authz";
import { saveStaffRecord, staffInput } from "./staff-input";
import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { setCommentHidden } from "@/lib/server/admin/moderation";
import { saveCampaign } from "@/lib/server/admin/save-campaign";
import { setUserRole } from "@/lib/server/admin/users";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { campaignInput } from "@/lib/validation/campaign";
import { roleInput } from "@/lib/validation/user";
import { localePath } from "@/lib/locale-path";
import { fail, NOT_FOUND, succeed, type ActionState } from "./action-result";
import { formLocale, isForm, textField, ticked } from "./form-input";

// Staff actions. Each checks the caller's permission itself and answers "notFound" to anyone
// else (the same as for something that does not exist), validates with the same zod schema as
// its form, and records its change in the audit log (inside the data function's transaction).

export async function saveCampaignAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  // The page reloads with fresh values (status choices depend on the saved status) and says so.
  return saveStaffRecord({
    permission: "campaign:write",
    formData,
    schema: campaignInput,
    save: saveCampaign,
    page: (id, created) => `/admin/campaigns/${id}?${created ? "created=1" : "saved=campaign"}`,
  });
}

export async function setCommentHiddenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await viewerWith("comment:moderate");
  if (!viewer || !isForm(formData)) return NOT_FOUND;
  const signatureId = textField(formData, "signatureId");
  const campaignId = textField(formData, "campaignId");
  if (!signatureId || !campaignId) return NOT_FOUND;
  const result = await setCommentHidden({ signatureId, campaignId, hidden: ticked(formData, "hidden"), actor: viewer });
  if (!result.ok) return NOT_FOUND;
  refreshPublicPages();
  return succeed();
}

export async function setUserRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = await staffInput("user:manage-roles", formData, roleInput);
  if (!parsed.ok) return parsed;
  const result = await setUserRole({ ...parsed.data, actor: parsed.viewer });
  if (!result.ok) return fail("lastAdmin");
  await recordSecurityEvent({ kind: "role.changed", subject: parsed.data.email, detail: parsed.data.role });
  revalidatePath(localePath(formLocale(formData, "uiLocale"), "/admin/users"));
  return succeed();
}
