"use server";

import { viewerWith } from "@/lib/server/authz";
import { refreshPublicPages } from "@/lib/server/admin/action-helpers";
import { postCampaignUpdate } from "@/lib/server/updates/post-campaign-update";
import { campaignUpdateInput, type CampaignUpdateFormValues } from "@/lib/validation/update";

type Field = keyof CampaignUpdateFormValues;

export type PostUpdateResult =
  | { ok: true; recipients: number }
  | { ok: false; error: "notFound" | "invalid"; fieldErrors?: Partial<Record<Field, string>>; values?: CampaignUpdateFormValues };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

// Posts an update and queues its email to the campaign's followers. Staff only ("update:post");
// anyone else gets the same answer as for a campaign that does not exist. The campaign travels
// as a form field, not a bound argument (see lib/actions/signatures.ts for why).
export async function postCampaignUpdateAction(_previous: PostUpdateResult | null, formData: FormData): Promise<PostUpdateResult> {
  const viewer = await viewerWith("update:post");
  if (!viewer || !(formData instanceof FormData)) return { ok: false, error: "notFound" };
  const values: CampaignUpdateFormValues = { campaignId: text(formData, "campaignId"), title: text(formData, "title"), body: text(formData, "body") };
  const parsed = campaignUpdateInput.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field | undefined;
      if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { ok: false, error: "invalid", fieldErrors, values };
  }
  const posted = await postCampaignUpdate({ ...parsed.data, actor: viewer });
  if (!posted) return { ok: false, error: "notFound", values };
  // Updates show on the campaign's page and in its feed.
  refreshPublicPages();
  return { ok: true, recipients: posted.recipients };
}
