"use server";

import { viewerWith } from "@/lib/server/authz";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { postCampaignUpdate } from "@/lib/server/updates/post-campaign-update";
import { formDataToObject } from "@/lib/validation/form-data";
import { campaignUpdateInput } from "@/lib/validation/update";
import { fail, NOT_FOUND, succeed, type ActionState } from "./action-result";
import { isForm, parseInput, textValues } from "./form-input";

export type PostUpdateState = ActionState<{ recipients: number }>;

// Posts an update and queues its email to the campaign's followers. Staff only ("update:post");
// anyone else gets the same answer as for a campaign that does not exist. The campaign travels
// as a form field, not a bound argument (see lib/actions/signatures.ts for why).
export async function postCampaignUpdateAction(_previous: PostUpdateState, formData: FormData): Promise<PostUpdateState> {
  const viewer = await viewerWith("update:post");
  if (!viewer || !isForm(formData)) return NOT_FOUND;
  const parsed = parseInput(campaignUpdateInput.safeParse(formDataToObject(formData)), formData);
  if (!parsed.ok) return parsed;
  const posted = await postCampaignUpdate({ ...parsed.data, actor: viewer });
  if (!posted) return fail("notFound", { values: textValues(formData) });
  // Updates show on the campaign's page and in its feed.
  refreshPublicPages();
  return succeed({ recipients: posted.recipients });
}
