import "server-only";
import { db } from "@/lib/server/db";

export type DayCount = { day: string /* YYYY-MM-DD, UTC */; count: number };

const MAX_DAYS = 366;

/**
 * Signatures per UTC day for the last `days` days up to today, oldest first, with every day
 * present (zero when nobody signed). Counts the signatures that stand now: a withdrawn one is
 * gone from its day. Staff pages only: it counts rows (over the [campaignId, createdAt] index),
 * which the public pages never do.
 */
export async function signaturesPerDay({ campaignId, days = 30 }: { campaignId: string; days?: number }): Promise<DayCount[]> {
  const span = Math.min(MAX_DAYS, Math.max(1, Math.floor(days)));
  // "createdAt" holds UTC without a time zone (Prisma's convention), so its ::date is the UTC day,
  // compared with today's UTC date from the database's clock.
  const rows = await db.$queryRaw<{ day: string; count: number }[]>`
    WITH today AS (SELECT (now() AT TIME ZONE 'UTC')::date AS d)
    SELECT to_char(series.day, 'YYYY-MM-DD') AS "day", COALESCE(counted.n, 0)::int AS "count"
      FROM today,
           generate_series(today.d - (${span}::int - 1), today.d, interval '1 day') AS series(day)
      LEFT JOIN (
        SELECT "createdAt"::date AS day, count(*) AS n
          FROM "Signature", today
         WHERE "campaignId" = ${campaignId}
           AND "createdAt" >= (today.d - (${span}::int - 1))::timestamp
         GROUP BY 1
      ) AS counted ON counted.day = series.day::date
     ORDER BY series.day`;
  return rows.map((r) => ({ day: r.day, count: Number(r.count) }));
}
