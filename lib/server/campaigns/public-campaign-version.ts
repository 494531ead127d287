import "server-only";
import { db } from "@/lib/server/db";
import { PUBLIC_STATUSES } from "./localize";

// The public campaigns and the version of each (when its text, targets or tracker last
// changed), kept a few seconds per instance for the proxy. The version is part of the cached
// page's address, so an edit is a new page at once: no cache has to be emptied in time, and a
// render that was under way with the old text cannot overwrite the new one.
const TTL_MS = 5_000;
type Recent = { at: number; versions: Promise<Map<string, string>> };

// The proxy and the Server Actions are bundled apart, each with its own copy of this module;
// the list lives on globalThis so that an action's forgetCampaignVersions() reaches the copy
// the proxy reads.
const KEY = Symbol.for("campaign-tracker.public-campaign-versions");
const shared = globalThis as typeof globalThis & { [KEY]?: Recent };

function versions(): Promise<Map<string, string>> {
  const now = Date.now();
  const recent = shared[KEY];
  if (recent && now - recent.at <= TTL_MS) return recent.versions;
  const loading = db.campaign
    .findMany({ where: { status: { in: PUBLIC_STATUSES } }, select: { slug: true, updatedAt: true } })
    .then((rows) => new Map(rows.map((r) => [r.slug, String(r.updatedAt.getTime())])));
  const entry: Recent = { at: now, versions: loading };
  shared[KEY] = entry;
  loading.catch(() => {
    if (shared[KEY] === entry) shared[KEY] = undefined;
  });
  return loading;
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
  shared[KEY] = undefined;
}
