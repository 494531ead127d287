import "server-only";
import type { RetentionTaskOptions } from "../retention-schedule";
import { closedCampaignsBefore } from "./closed-campaigns";

// Following a campaign ends when its signatures are detached: a follow ties an account to a
// campaign just as a signature does. (Followers had its news while it ran and after it closed.)
export async function deleteOldFollows({ tx, months }: RetentionTaskOptions & { months: number }): Promise<number> {
  return tx.$executeRaw`DELETE FROM "Follow" WHERE "campaignId" IN (${closedCampaignsBefore(months)})`;
}
