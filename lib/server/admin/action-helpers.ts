import "server-only";
import { revalidatePath } from "next/cache";

// Public pages are cached for a few seconds. A campaign page's and the home page's addresses
// carry their versions (see public-campaign-version.ts), which every instance reads from the
// database within a second, so an edit is a new page everywhere at once. Edits are rare, so
// everything else cached on this instance is refreshed too.
export function refreshPublicPages() {
  revalidatePath("/", "layout");
}
