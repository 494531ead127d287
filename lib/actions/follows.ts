"use server";

import { revalidatePath } from "next/cache";
import { can } from "@/lib/server/authz";
import { getViewer } from "@/lib/server/auth/sessions";
import { setFollow } from "@/lib/server/follows/set-follow";
import { localePath } from "@/lib/locale-path";
import { fail, NOT_FOUND, succeed, type ActionState } from "./action-result";
import { formLocale, formSlug, isForm, ticked } from "./form-input";

export type FollowData = { following: boolean; positionEmails: boolean };
export type FollowState = ActionState<FollowData>;

// Follow or unfollow, as the signed-in supporter only; following also says whether to email
// changes of position ("positionEmails" ticked, never by default). Sent again while following,
// it changes that choice.
// Campaign, language and direction are form fields (see lib/actions/signatures.ts for why).
export async function setFollowAction(_previous: FollowState, formData: FormData): Promise<FollowState> {
  const viewer = await getViewer();
  if (!viewer) return fail("signInRequired");
  const slug = isForm(formData) ? formSlug(formData) : null;
  if (!can(viewer, "follow:write") || !slug) return NOT_FOUND;
  const locale = formLocale(formData);
  const follow = formData.get("follow") !== "off";
  const positionEmails = follow && ticked(formData, "positionEmails");
  const result = await setFollow({ slug, userId: viewer.id, follow, positionEmails });
  if (!result.ok) return NOT_FOUND;
  revalidatePath(localePath(locale, `/campaigns/${slug}`));
  revalidatePath(localePath(locale, "/me"));
  return succeed<FollowData>({ following: follow, positionEmails });
}
