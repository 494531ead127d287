import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The campaigns that closed more than `months` ago: closed when staff closed them (closedAt,
// kept by a trigger) or when their deadline passed, whichever came first.
export function closedCampaignsBefore(months: number): Prisma.Sql {
  return Prisma.sql`
    SELECT "id" FROM "Campaign"
     WHERE LEAST("closedAt", CASE WHEN "closesAt" <= (now() AT TIME ZONE 'UTC') THEN "closesAt" END)
           < (now() AT TIME ZONE 'UTC') - make_interval(months => ${months}::int)`;
}
