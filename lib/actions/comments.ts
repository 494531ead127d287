"use server";

import { revalidatePath } from "next/cache";
import { viewerWith } from "@/lib/server/authz";
import { reviewComment } from "@/lib/server/admin/review-comment";
import { setCommentReview } from "@/lib/server/admin/set-comment-review";
import { commentDecisionInput, commentReviewInput } from "@/lib/validation/comment";
import { formDataToObject } from "@/lib/validation/form-data";
import { NOT_FOUND, succeed, type ActionState } from "./action-result";
import { isForm } from "./form-input";

// Staff actions on named comments. Each checks the caller's permission itself and answers
// "notFound" to anyone else (the same as for something that does not exist); each change is
// in the audit log (inside the data function's transaction). Their forms are buttons and a
// checkbox, so a malformed post is answered as for something that does not exist.

// Approves or rejects one comment waiting for review.
export async function reviewCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await viewerWith("comment:moderate");
  const parsed = viewer && isForm(formData) ? commentDecisionInput.safeParse(formDataToObject(formData)) : null;
  if (!viewer || !parsed?.success) return NOT_FOUND;
  const result = await reviewComment({ ...parsed.data, actor: viewer });
  if (!result.ok) return NOT_FOUND;
  // The queue and the campaign's page (cached pages have a new version already).
  revalidatePath("/", "layout");
  return succeed();
}

// Turns review of a campaign's named comments on or off.
export async function setCommentReviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await viewerWith("campaign:write");
  const parsed = viewer && isForm(formData) ? commentReviewInput.safeParse(formDataToObject(formData)) : null;
  if (!viewer || !parsed?.success) return NOT_FOUND;
  const result = await setCommentReview({ campaignId: parsed.data.campaignId, on: parsed.data.reviewComments, actor: viewer });
  if (!result.ok) return NOT_FOUND;
  revalidatePath("/", "layout");
  return succeed();
}
