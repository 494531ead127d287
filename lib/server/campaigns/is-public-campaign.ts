import "server-only";
import { db } from "@/lib/server/db";
import { PUBLIC_STATUSES } from "./localize";

// Slugs of public campaigns, refreshed every few seconds per instance. Only a hint for the
// proxy (the page checks again), so a short-lived copy in memory is safe.
const TTL_MS = 5_000;
let recent: { at: number; slugs: Promise<Set<string>> } | undefined;

function publicSlugs(): Promise<Set<string>> {
  const now = Date.now();
  if (!recent || now - recent.at > TTL_MS) {
    const slugs = db.campaign
      .findMany({ where: { status: { in: PUBLIC_STATUSES } }, select: { slug: true } })
      .then((rows) => new Set(rows.map((r) => r.slug)));
    recent = { at: now, slugs };
    slugs.catch(() => (recent = undefined));
  }
  return recent.slugs;
}

export async function isPublicCampaign(slug: string): Promise<boolean> {
  if ((await publicSlugs()).has(slug)) return true;
  // Not in the recent list: ask once more, so a campaign opened a moment ago is found at once.
  return (await db.campaign.count({ where: { slug, status: { in: PUBLIC_STATUSES } } })) > 0;
}
