"use server";

import { redirect } from "next/navigation";
import { viewerWith } from "@/lib/server/authz";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { saveDecisionMaker } from "@/lib/server/decision-makers/save-decision-maker";
import { setCampaignTargets } from "@/lib/server/decision-makers/set-campaign-targets";
import { campaignTargetsInput, decisionMakerInput } from "@/lib/validation/decision-maker";
import { formDataToObject } from "@/lib/validation/form-data";
import { localePath } from "@/lib/locale-path";
import { fail, NOT_FOUND, type ActionState } from "./action-result";
import { formLocale, isForm, parseInput, textField } from "./form-input";

// Decision makers (shared by campaigns) and which ones a campaign addresses. Staff only;
// anyone else gets the answer given for something that does not exist.

export async function saveDecisionMakerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await viewerWith("decision-maker:write");
  if (!viewer || !isForm(formData)) return NOT_FOUND;
  const parsed = parseInput(decisionMakerInput.safeParse(formDataToObject(formData)), formData);
  if (!parsed.ok) return parsed;
  const id = textField(formData, "id") || undefined;
  const result = await saveDecisionMaker({ id, input: parsed.data, actor: viewer });
  if (!result.ok) return NOT_FOUND;
  refreshPublicPages();
  redirect(localePath(formLocale(formData, "uiLocale"), `/admin/decision-makers/${result.id}?saved=1`));
}

// Decision makers that stay on a campaign because their position is on the record.
export type TargetsState = ActionState<undefined, "notFound" | "invalid" | "conflict", { kept: string[] }>;

export async function setCampaignTargetsAction(_previous: TargetsState, formData: FormData): Promise<TargetsState> {
  const viewer = await viewerWith("decision-maker:write");
  if (!viewer || !isForm(formData)) return NOT_FOUND;
  const parsed = parseInput(campaignTargetsInput.safeParse(formDataToObject(formData)), formData);
  if (!parsed.ok) return parsed;
  const decisionMakerIds = Object.entries(parsed.data.decisionMakers)
    .filter(([, ticked]) => ticked)
    .map(([id]) => id);
  const result = await setCampaignTargets({ campaignId: parsed.data.campaignId, decisionMakerIds, actor: viewer });
  if (!result.ok && result.error === "not_found") return NOT_FOUND;
  refreshPublicPages();
  if (!result.ok) return fail("conflict", { detail: { kept: result.kept } });
  redirect(localePath(formLocale(formData, "uiLocale"), `/admin/campaigns/${parsed.data.campaignId}?saved=targets#targets-heading`));
}
