import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// A campaign's public page is cached under its version, which is its updatedAt (see
// public-campaign-version.ts and docs/decisions/006): anything that changes what the page shows
// (tracker events, corrections, evidence, decision makers, updates) moves it, in the same
// transaction as the change.
export async function touchCampaigns(tx: Pick<Prisma.TransactionClient, "campaign">, campaignIds: string[]) {
  if (campaignIds.length === 0) return;
  await tx.campaign.updateMany({ where: { id: { in: campaignIds } }, data: { updatedAt: new Date() } });
}
