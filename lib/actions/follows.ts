"use server";

import { revalidatePath } from "next/cache";
import { can, getViewer } from "@/lib/server/authz";
import { setFollow } from "@/lib/server/follows/set-follow";
import { localePath } from "@/lib/locale-path";

export type FollowState = { status: "idle" | "following" | "unfollowed" | "signInRequired" | "notFound" };

// Follow or unfollow, as the signed-in supporter only.
export async function setFollowAction(slug: string, locale: string, follow: boolean, _previous: FollowState, _formData: FormData): Promise<FollowState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "signInRequired" };
  if (!can(viewer, "follow:write") || !/^[a-z0-9-]{1,100}$/.test(slug)) return { status: "notFound" };
  const result = await setFollow({ slug, userId: viewer.id, follow: follow === true });
  if (!result.ok) return { status: "notFound" };
  revalidatePath(localePath(locale, `/campaigns/${slug}`));
  revalidatePath(localePath(locale, "/me"));
  return { status: follow ? "following" : "unfollowed" };
}
