"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/server/auth";
import { can } from "@/lib/server/authz";
import { getViewer } from "@/lib/server/auth/sessions";
import { deleteAccount } from "@/lib/server/me/delete-account";
import { clearPendingSignature } from "@/lib/server/signatures/pending-signature";
import { localePath } from "@/lib/locale-path";

// Deletes the caller's own account (never anyone else's: the id comes from the session, not
// the form). The form must carry the ticked confirmation box; without it nothing changes.
// A plain form POST with redirects, so it reads the same with JavaScript on or off.
export async function deleteAccountAction(formData: FormData) {
  const locale = formData instanceof FormData ? String(formData.get("locale") ?? "en") : "en";
  const viewer = await getViewer();
  if (!can(viewer, "account:manage-own")) {
    redirect(`${localePath(locale, "/signin")}?${new URLSearchParams({ callbackUrl: localePath(locale, "/me") })}`);
  }
  const me = (problem: string) => `${localePath(locale, "/me")}?${new URLSearchParams({ delete: problem })}#delete-heading`;
  if (!(formData instanceof FormData) || formData.get("confirm") !== "yes") redirect(me("confirm"));
  const result = await deleteAccount(viewer.id);
  if (!result.ok) redirect(me(result.error));
  await clearPendingSignature();
  await signOut({ redirect: false });
  // Cached pages that showed their name have a new version already (deleteAccount); the
  // counts on the rest follow at once too.
  revalidatePath("/", "layout");
  redirect(localePath(locale, "/account-deleted"));
}
