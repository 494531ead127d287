import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { decisionMakerText, localizeDecisionMaker, type DecisionMakerText } from "@/lib/server/decision-makers/localize-decision-maker";
import { derivePositions, type CurrentPosition } from "./derive-positions";

type Client = Pick<Prisma.TransactionClient, "campaignTarget">;

export type CampaignTargetView = {
  id: string;
  campaignId: string;
  decisionMakerId: string;
  decisionMaker: DecisionMakerText;
} & CurrentPosition;

/**
 * The decision makers of some campaigns, in the reader's language, each with their current
 * position derived from the record (see derivePositions). One query for any number of campaigns.
 */
export async function loadCampaignTargets({ campaignIds, locale, client = db }: { campaignIds: string[]; locale: string; client?: Client }): Promise<CampaignTargetView[]> {
  if (campaignIds.length === 0) return [];
  const rows = await client.campaignTarget.findMany({
    where: { campaignId: { in: campaignIds } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      campaignId: true,
      decisionMakerId: true,
      decisionMaker: { select: decisionMakerText(locale) },
      changes: { select: { targetId: true, status: true, event: { select: { id: true, occurredOn: true, createdAt: true, retractedAt: true } } } },
    },
  });
  const positions = derivePositions(
    rows.map((r) => r.id),
    rows.flatMap((r) => r.changes),
  );
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaignId,
    decisionMakerId: r.decisionMakerId,
    decisionMaker: localizeDecisionMaker(r.decisionMaker, locale),
    ...positions.get(r.id)!,
  }));
}
