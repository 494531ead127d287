import "server-only";
import { db } from "@/lib/server/db";
import { decisionMakerText, localizeDecisionMaker } from "./localize-decision-maker";

/** Every decision maker, in the reader's language, with the campaigns addressed to them. Staff only (the caller checks). */
export async function listDecisionMakers({ locale }: { locale: string }) {
  const rows = await db.decisionMaker.findMany({
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: { ...decisionMakerText(locale), _count: { select: { campaigns: true } } },
  });
  return rows.map((r) => ({ id: r.id, ...localizeDecisionMaker(r, locale), campaigns: r._count.campaigns }));
}

export type DecisionMakerListItem = Awaited<ReturnType<typeof listDecisionMakers>>[number];
