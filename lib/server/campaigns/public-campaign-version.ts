import "server-only";
import { db } from "@/lib/server/db";
import { PUBLIC_STATUSES } from "./localize";
import { PROXY_VERSIONS_TTL_MS } from "./versions-ttl";

// The public campaigns and the version of each (when its text, targets or tracker last
// changed), kept a few seconds per instance for the proxy. The version is part of the cached
// page's address, so an edit is a new page at once: no cache has to be emptied in time, and a
// render that was under way with the old text cannot overwrite the new one.
const TTL_MS = PROXY_VERSIONS_TTL_MS;
let recent: { at: number; versions: Promise<Map<string, string>> } | undefined;

function versions(): Promise<Map<string, string>> {
  const now = Date.now();
  if (!recent || now - recent.at > TTL_MS) {
    const loading = db.campaign
      .findMany({ where: { status: { in: PUBLIC_STATUSES } }, select: { slug: true, updatedAt: true } })
      .then((rows) => new Map(rows.map((r) => [r.slug, String(r.updatedAt.getTime())])));
    recent = { at: now, versions: loading };
    loading.catch(() => (recent = undefined));
  }
  return recent.versions;
}

// The version of a public campaign, or null when there is no public campaign with this slug.
export async function publicCampaignVersion(slug: string): Promise<string | null> {
  const known = (await versions()).get(slug);
  if (known) return known;
  // Not in the recent list: ask once more, so a campaign opened a moment ago is found at once.
  const row = await db.campaign.findFirst({ where: { slug, status: { in: PUBLIC_STATUSES } }, select: { updatedAt: true } });
  return row ? String(row.updatedAt.getTime()) : null;
}

// After an edit on this instance: its pages change at once here (other instances within TTL_MS).
export function forgetCampaignVersions() {
  recent = undefined;
}
