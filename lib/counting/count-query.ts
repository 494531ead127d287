// The public count of one campaign: the campaign by its unique slug and the sum of its counter
// shards (a bounded number of rows, read through the primary key), so it costs the same at ten
// signatures or ten million. Plain SQL with one parameter, shared by the front door's count
// endpoint (raw pg) and the app (Prisma's $queryRawUnsafe).
export type CampaignCount = { slug: string; goal: number; signatureCount: number; status: string };

export const COUNT_SQL = `
  SELECT c."slug", c."goal", lower(c."status"::text) AS "status",
         COALESCE((SELECT SUM(s."count") FROM "SignatureCounterShard" s WHERE s."campaignId" = c."id"), 0)::int AS "signatureCount"
  FROM "Campaign" c
  WHERE c."slug" = $1 AND c."status" <> 'DRAFT'`;
