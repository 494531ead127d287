import "server-only";
import { revalidatePath } from "next/cache";
import { forgetCampaignVersions } from "./public-campaign-version";

// Public pages are cached for a few seconds. A campaign page's address carries its version
// (see public-campaign-version.ts), so an edit is a new page at once on this instance; others
// catch up within a few seconds. Edits are rare, so everything else is refreshed too.
export function refreshPublicPages() {
  forgetCampaignVersions();
  revalidatePath("/", "layout");
}
