import "server-only";
import { db } from "@/lib/server/db";
import { BREAKDOWN_MAX_AGE_SECONDS, publicCountryBreakdown, sameBreakdown, type NamedCountry, type PublicBreakdown } from "./public-breakdown";

export type BreakdownSnapshot = PublicBreakdown & { computedAt: Date };

export type SnapshotRow = { countries: unknown; otherCountries: number | null; computedAt: Date; fresh: boolean };

// Arbitrary but fixed; the second key is the campaign, so campaigns refresh independently.
const LOCK = 727_002;

export function toSnapshot(row: SnapshotRow): BreakdownSnapshot {
  const countries = Array.isArray(row.countries) ? (row.countries as NamedCountry[]) : [];
  return { countries, otherCountries: row.otherCountries, computedAt: row.computedAt };
}

// The stored snapshot, with whether it is younger than BREAKDOWN_MAX_AGE_SECONDS by the
// database's clock (one clock for every instance).
export function readSnapshot(client: Pick<typeof db, "$queryRaw">, campaignId: string): Promise<SnapshotRow[]> {
  return client.$queryRaw<SnapshotRow[]>`
    SELECT "countries", "otherCountries", "computedAt",
           "computedAt" > (now() AT TIME ZONE 'UTC') - make_interval(secs => ${BREAKDOWN_MAX_AGE_SECONDS}::double precision) AS "fresh"
      FROM "PublicBreakdown" WHERE "campaignId" = ${campaignId}`;
}

/**
 * Recomputes a campaign's public breakdown from its counter shards, unless the stored one is
 * still younger than an hour: the public figures by country change at most hourly, so that no
 * single signature can be dated by its country. One instance at a time per campaign (an
 * advisory lock); an instance that finds the lock taken returns null and serves what is stored.
 * When what the public sees changes, the campaign gets a new version, so that cached pages
 * (docs/decisions/006) show the new figures at once.
 *
 * This is the only way a snapshot is written: reading a stale one calls it
 * (get-public-breakdown.ts), and so does a test that dates a snapshot back to force a recompute.
 */
export async function refreshPublicBreakdown({ campaignId }: { campaignId: string }): Promise<BreakdownSnapshot | null> {
  const outcome = await db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK}::int, hashtext(${campaignId})) AS "locked"`;
    if (!lock?.locked) return null;
    const [stored] = await readSnapshot(tx, campaignId);
    if (stored?.fresh) return { snapshot: toSnapshot(stored), changed: false };
    const sums = await tx.$queryRaw<{ country: string; n: number }[]>`
      SELECT "country", SUM("count")::int AS "n" FROM "SignatureCounterShard" WHERE "campaignId" = ${campaignId} GROUP BY "country"`;
    const breakdown = publicCountryBreakdown(sums.map((s) => [s.country, Number(s.n)] as const));
    const [written] = await tx.$queryRaw<{ computedAt: Date }[]>`
      INSERT INTO "PublicBreakdown" ("campaignId", "countries", "otherCountries", "computedAt")
      SELECT "id", ${JSON.stringify(breakdown.countries)}::jsonb, ${breakdown.otherCountries}::int, now() AT TIME ZONE 'UTC'
        FROM "Campaign" WHERE "id" = ${campaignId}
      ON CONFLICT ("campaignId") DO UPDATE
        SET "countries" = EXCLUDED."countries", "otherCountries" = EXCLUDED."otherCountries", "computedAt" = EXCLUDED."computedAt"
      RETURNING "computedAt"`;
    if (!written) return null; // no such campaign
    const shown = breakdown.countries.length > 0 || breakdown.otherCountries !== null;
    const changed = stored ? !sameBreakdown(toSnapshot(stored), breakdown) : shown;
    if (changed) await tx.$executeRaw`UPDATE "Campaign" SET "updatedAt" = now() AT TIME ZONE 'UTC' WHERE "id" = ${campaignId}`;
    return { snapshot: { ...breakdown, computedAt: written.computedAt }, changed };
  });
  return outcome?.snapshot ?? null;
}
