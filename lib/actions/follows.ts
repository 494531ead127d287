"use server";

import { revalidatePath } from "next/cache";
import { can } from "@/lib/server/authz";
import { getViewer } from "@/lib/server/auth/sessions";
import { setFollow } from "@/lib/server/follows/set-follow";
import { localePath } from "@/lib/locale-path";

export type FollowState = { status: "idle" | "following" | "unfollowed" | "signInRequired" | "notFound"; positionEmails?: boolean };

// Follow or unfollow, as the signed-in supporter only; following also says whether to email
// changes of position ("positionEmails" ticked, never by default). Sent again while following,
// it changes that choice.
// Campaign, language and direction are form fields (see lib/actions/signatures.ts for why).
export async function setFollowAction(_previous: FollowState, formData: FormData): Promise<FollowState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "signInRequired" };
  if (!can(viewer, "follow:write") || !(formData instanceof FormData)) return { status: "notFound" };
  const slug = formData.get("slug");
  const locale = String(formData.get("locale") ?? "en");
  if (typeof slug !== "string" || !/^[a-z0-9-]{1,100}$/.test(slug)) return { status: "notFound" };
  const follow = formData.get("follow") !== "off";
  const positionEmails = follow && formData.get("positionEmails") === "on";
  const result = await setFollow({ slug, userId: viewer.id, follow, positionEmails });
  if (!result.ok) return { status: "notFound" };
  revalidatePath(localePath(locale, `/campaigns/${slug}`));
  revalidatePath(localePath(locale, "/me"));
  return { status: follow ? "following" : "unfollowed", positionEmails };
}
