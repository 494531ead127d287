"use server";

import { redirect } from "next/navigation";
import { viewerWith } from "@/lib/server/authz";
import { fieldErrors, refreshPublicPages, str, textValues } from "@/lib/server/admin/action-helpers";
import { saveDecisionMaker } from "@/lib/server/decision-makers/save-decision-maker";
import { setCampaignTargets } from "@/lib/server/decision-makers/set-campaign-targets";
import { campaignTargetsInput, decisionMakerInput } from "@/lib/validation/decision-maker";
import { formDataToObject } from "@/lib/validation/form-data";
import { localePath } from "@/lib/locale-path";
import type { AdminActionState } from "./admin";

// Decision makers (shared by campaigns) and which ones a campaign addresses. Staff only;
// anyone else gets the answer given for something that does not exist.
const NOT_FOUND: AdminActionState = { ok: false, error: "not_found" };

export async function saveDecisionMakerAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const viewer = await viewerWith("decision-maker:write");
  if (!viewer || !(formData instanceof FormData)) return NOT_FOUND;
  const parsed = decisionMakerInput.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error), values: textValues(formData) };
  const id = str(formData, "id") || undefined;
  const result = await saveDecisionMaker({ id, input: parsed.data, actor: viewer });
  if (!result.ok) return NOT_FOUND;
  refreshPublicPages();
  redirect(localePath(str(formData, "uiLocale"), `/admin/decision-makers/${result.id}?saved=1`));
}

export async function setCampaignTargetsAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const viewer = await viewerWith("decision-maker:write");
  if (!viewer || !(formData instanceof FormData)) return NOT_FOUND;
  const parsed = campaignTargetsInput.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };
  const decisionMakerIds = Object.entries(parsed.data.decisionMakers)
    .filter(([, ticked]) => ticked)
    .map(([id]) => id);
  const result = await setCampaignTargets({ campaignId: parsed.data.campaignId, decisionMakerIds, actor: viewer });
  if (!result.ok && result.error === "not_found") return NOT_FOUND;
  refreshPublicPages();
  if (!result.ok) return { ok: false, error: "conflict", kept: result.kept, saved: Date.now() };
  redirect(localePath(str(formData, "uiLocale"), `/admin/campaigns/${parsed.data.campaignId}?saved=targets#targets-heading`));
}
