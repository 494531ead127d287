import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailableError } from "@/lib/database-errors";
import { freshMemo } from "@/lib/fresh-memo";
import { db } from "@/lib/server/db";
import { hasReplica, readReplica, type ReadFrom } from "@/lib/server/public-reads";
import { PUBLIC_STATUSES } from "./localize";

// The version of each public campaign (when its text, targets, tracker or shown names last
// changed: its updatedAt), and of the list of public campaigns (the home page). The version is
// part of the cached page's address (decision 006), so a change is a new page at once, with no
// cache to empty in time and no race with a render already under way.
//
// Every instance reads them from the primary database (lib/fresh-memo.ts), with nothing shared
// in process memory: at most every 100 ms per campaign and instance, and never used once older
// than half a second while the database answers. So a withdrawn name or a deleted account
// leaves every instance's pages well within a second (the new page still has to be rendered),
// at a few small queries a second. While the database is away, the last versions known are
// kept, so anonymous readers keep getting the cached pages. See docs/decisions/010.
const FRESHNESS = { freshMs: 100, patienceMs: 500 };

const campaignVersions = freshMemo<string | null>({
  ...FRESHNESS,
  load: async (slug) => {
    const row = await db.campaign.findFirst({ where: { slug, status: { in: PUBLIC_STATUSES } }, select: { updatedAt: true } });
    return row ? String(row.updatedAt.getTime()) : null;
  },
  isOutage: isDatabaseUnavailableError,
  // "No such campaign" is not worth keeping through an outage, nor worth much memory, and is
  // read again every time: a campaign just published is public on its next request.
  keep: (version) => version !== null,
  confirm: (version) => version === null,
});

// Every public campaign's address, status and version in one short digest.
async function readSiteVersion(client: PrismaClient): Promise<string> {
  const [row] = await client.$queryRaw<{ version: string }[]>`
    SELECT left(md5(COALESCE(string_agg("slug" || ':' || "status"::text || ':' || (extract(epoch FROM "updatedAt") * 1000)::bigint, ',' ORDER BY "slug"), '')), 16) AS "version"
    FROM "Campaign" WHERE "status"::text = ANY(${PUBLIC_STATUSES}::text[])`;
  return row?.version ?? "none";
}

const siteVersions = freshMemo<string>({ ...FRESHNESS, load: () => readSiteVersion(db), isOutage: isDatabaseUnavailableError });

/** The version of a public campaign, or null when there is no public campaign with this slug. */
export function publicCampaignVersion(slug: string): Promise<string | null> {
  return campaignVersions(slug);
}

/** The version of the list of public campaigns: the home page's address carries it. */
export function publicSiteVersion(): Promise<string> {
  return siteVersions("site");
}

/**
 * Where a page rendered for this version of a campaign may read: the replica once it has
 * replayed this version (so nothing the primary has taken back, a withdrawn name above all, can
 * come from it), else the primary.
 */
export async function readFromForCampaign({ slug, version }: { slug: string; version: string }): Promise<ReadFrom> {
  if (!hasReplica()) return "primary";
  const seen = await readReplica((client) => client.campaign.findFirst({ where: { slug }, select: { updatedAt: true } }));
  return seen?.value && String(seen.value.updatedAt.getTime()) === version ? "replica" : "primary";
}

/** The same for the home page: the replica once it shows the same list as the primary. */
export async function readFromForSite(version: string): Promise<ReadFrom> {
  if (!hasReplica()) return "primary";
  const seen = await readReplica(readSiteVersion);
  return seen?.value === version ? "replica" : "primary";
}
