"use server";

import { revalidatePath } from "next/cache";
import { viewerWith } from "@/lib/server/authz";
import { reviewComment } from "@/lib/server/admin/review-comment";
import { setCommentReview } from "@/lib/server/admin/set-comment-review";
import type { AdminActionState } from "@/lib/actions/admin";
import { commentDecisionInput, commentReviewInput } from "@/lib/validation/comment";
import { formDataToObject } from "@/lib/validation/form-data";

// Staff actions on named comments. Each checks the caller's permission itself and answers
// "not_found" to anyone else (the same as for something that does not exist); each change is
// in the audit log (inside the data function's transaction).
const NOT_FOUND: AdminActionState = { ok: false, error: "not_found" };

// Approves or rejects one comment waiting for review.
export async function reviewCommentAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const viewer = await viewerWith("comment:moderate");
  if (!viewer || !(formData instanceof FormData)) return NOT_FOUND;
  const parsed = commentDecisionInput.safeParse(formDataToObject(formData));
  if (!parsed.success) return NOT_FOUND;
  const result = await reviewComment({ ...parsed.data, actor: viewer });
  if (!result.ok) return NOT_FOUND;
  // The queue and the campaign's page (cached pages have a new version already).
  revalidatePath("/", "layout");
  return { ok: true, saved: Date.now() };
}

// Turns review of a campaign's named comments on or off.
export async function setCommentReviewAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const viewer = await viewerWith("campaign:write");
  if (!viewer || !(formData instanceof FormData)) return NOT_FOUND;
  const parsed = commentReviewInput.safeParse(formDataToObject(formData));
  if (!parsed.success) return NOT_FOUND;
  const result = await setCommentReview({ campaignId: parsed.data.campaignId, on: parsed.data.reviewComments, actor: viewer });
  if (!result.ok) return NOT_FOUND;
  revalidatePath("/", "layout");
  return { ok: true, saved: Date.now() };
}
