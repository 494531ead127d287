"use server";

import { staffInput } from "./staff-input";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { postCampaignUpdate } from "@/lib/server/updates/post-campaign-update";
import { campaignUpdateInput } from "@/lib/validation/update";
import { fail, succeed, type ActionState } from "./action-result";
import { textValues } from "./form-input";

export type PostUpdateState = ActionState<{ recipients: number }>;

// Posts an update and queues its email to the campaign's followers. Staff only ("update:post");
// anyone else gets the same answer as for a campaign that does not exist. The campaign travels
// as a form field, not a bound argument (see lib/actions/signatures.ts for why).
export async function postCampaignUpdateAction(_previous: PostUpdateState, formData: FormData): Promise<PostUpdateState> {
  const parsed = await staffInput("update:post", formData, campaignUpdateInput);
  if (!parsed.ok) return parsed;
  const posted = await postCampaignUpdate({ ...parsed.data, actor: parsed.viewer });
  if (!posted) return fail("notFound", { values: textValues(formData) });
  // Updates show on the campaign's page and in its feed.
  refreshPublicPages();
  return succeed({ recipients: posted.recipients });
}
