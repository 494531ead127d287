import "server-only";
import type { RetentionTaskOptions } from "../retention-schedule";
import { closedCampaignsBefore } from "./closed-campaigns";

// A while after a campaign closes, its signatures stop belonging to anyone: no account, no
// name, no comment, and the time of day goes too. Campaign, country and day remain, so the
// count, the breakdown by country, the staff chart and `npm run db:reconcile` stay exact (the
// counter shards are not touched). Campaigns that showed a name get a new version, so no
// cached page keeps it (docs/decisions/006: every instance reads versions from PostgreSQL, decision 010).
export async function detachOldSignatures({ tx, months }: RetentionTaskOptions & { months: number }): Promise<number> {
  const [row] = await tx.$queryRaw<{ detached: number }[]>`
    WITH closed AS (${closedCampaignsBefore(months)}),
    targets AS (
      SELECT s."id", s."campaignId", s."showName" FROM "Signature" s JOIN closed c ON c."id" = s."campaignId"
       WHERE s."userId" IS NOT NULL OR s."displayName" IS NOT NULL OR s."comment" IS NOT NULL OR s."showName"
          OR s."createdAt" <> date_trunc('day', s."createdAt")
    ), detached AS (
      UPDATE "Signature" s
         SET "userId" = NULL, "displayName" = NULL, "comment" = NULL, "showName" = false,
             "commentHidden" = false, "commentPending" = false, "createdAt" = date_trunc('day', s."createdAt")
        FROM targets t WHERE s."id" = t."id"
      RETURNING 1
    ), shown AS (
      UPDATE "Campaign" SET "updatedAt" = now() AT TIME ZONE 'UTC'
       WHERE "id" IN (SELECT "campaignId" FROM targets WHERE "showName")
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM detached)::int AS "detached"`;
  return row?.detached ?? 0;
}
