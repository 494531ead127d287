import "server-only";
import { db } from "@/lib/server/db";

export type CampaignCount = { slug: string; goal: number; signatureCount: number; status: string };

// The count endpoint's one query: the campaign by its unique slug and the sum of its counter
// shards (a bounded number of rows, read through the primary key).
export async function getCampaignCount({ slug }: { slug: string }): Promise<CampaignCount | null> {
  const [row] = await db.$queryRaw<CampaignCount[]>`
    SELECT c."slug", c."goal", lower(c."status"::text) AS "status",
           COALESCE((SELECT SUM(s."count") FROM "SignatureCounterShard" s WHERE s."campaignId" = c."id"), 0)::int AS "signatureCount"
    FROM "Campaign" c
    WHERE c."slug" = ${slug} AND c."status" <> 'DRAFT'`;
  return row ?? null;
}
