import "server-only";
import { COUNT_SQL, type CampaignCount } from "@/lib/counting/count-query";
import { db } from "@/lib/server/db";

export type { CampaignCount };

// The count endpoint's one query (lib/counting/count-query.ts), for the app's own use.
export async function getCampaignCount({ slug }: { slug: string }): Promise<CampaignCount | null> {
  const [row] = await db.$queryRawUnsafe<CampaignCount[]>(COUNT_SQL, slug);
  return row ?? null;
}
