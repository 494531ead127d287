"use server";

import { redirectInUiLocale, saveStaffRecord, staffInput } from "./staff-input";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { saveDecisionMaker } from "@/lib/server/decision-makers/save-decision-maker";
import { setCampaignTargets } from "@/lib/server/decision-makers/set-campaign-targets";
import { campaignTargetsInput, decisionMakerInput } from "@/lib/validation/decision-maker";
import { fail, NOT_FOUND, type ActionState } from "./action-result";

// Decision makers (shared by campaigns) and which ones a campaign addresses. Staff only;
// anyone else gets the answer given for something that does not exist.

export async function saveDecisionMakerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveStaffRecord({
    permission: "decision-maker:write",
    formData,
    schema: decisionMakerInput,
    save: saveDecisionMaker,
    page: (id) => `/admin/decision-makers/${id}?saved=1`,
  });
}

// Decision makers that stay on a campaign because their position is on the record.
export type TargetsState = ActionState<undefined, "notFound" | "invalid" | "conflict", { kept: string[] }>;

export async function setCampaignTargetsAction(_previous: TargetsState, formData: FormData): Promise<TargetsState> {
  const parsed = await staffInput("decision-maker:write", formData, campaignTargetsInput);
  if (!parsed.ok) return parsed;
  const decisionMakerIds = Object.entries(parsed.data.decisionMakers)
    .filter(([, ticked]) => ticked)
    .map(([id]) => id);
  const result = await setCampaignTargets({ campaignId: parsed.data.campaignId, decisionMakerIds, actor: parsed.viewer });
  if (!result.ok && result.error === "not_found") return NOT_FOUND;
  refreshPublicPages();
  if (!result.ok) return fail("conflict", { detail: { kept: result.kept } });
  redirectInUiLocale(formData, `/admin/campaigns/${parsed.data.campaignId}?saved=targets#targets-heading`);
}
