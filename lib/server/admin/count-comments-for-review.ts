import "server-only";
import { db } from "@/lib/server/db";

// How many named comments wait for review, per campaign (for the admin area's queue).
export async function countCommentsForReview(): Promise<Map<string, number>> {
  const rows = await db.signature.groupBy({
    by: ["campaignId"],
    where: { commentPending: true, showName: true, comment: { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.campaignId, r._count._all]));
}
