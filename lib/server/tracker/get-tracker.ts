import "server-only";
import { db } from "@/lib/server/db";
import { localizeCampaign, PUBLIC_STATUSES } from "@/lib/server/campaigns/localize";
import type { DecisionMakerText } from "@/lib/server/decision-makers/localize-decision-maker";
import type { TargetStatusValue } from "@/lib/validation/tracker";
import { loadCampaignTargets } from "./load-campaign-targets";
import { publicEvidence, PUBLIC_EVIDENCE, type PublicEvidence } from "./public-evidence";

export type TrackerCell = {
  status: TargetStatusValue;
  since: Date | null;
  event: { id: string; title: string; lang: string } | null;
  evidence: PublicEvidence | null;
};

export type Tracker = {
  campaigns: { id: string; slug: string; title: string; lang: string; status: string }[];
  decisionMakers: ({ id: string } & DecisionMakerText)[];
  // Keyed `${decisionMakerId}:${campaignId}`; absent where a campaign does not address them.
  cells: Map<string, TrackerCell>;
};

export const cellKey = (decisionMakerId: string, campaignId: string) => `${decisionMakerId}:${campaignId}`;

/**
 * Demands × decision makers: every public campaign that is not archived (open ones first), every
 * decision maker one of them addresses, and in each cell the current position, since when, and
 * the event and evidence it rests on. Everything in the reader's language where translated.
 */
export async function getTracker({ locale }: { locale: string }): Promise<Tracker> {
  const campaigns = await db.campaign.findMany({
    where: { status: { in: PUBLIC_STATUSES.filter((s) => s !== "ARCHIVED") } },
    orderBy: [{ createdAt: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, status: true, locale: true, title: true, summary: true, body: true, translations: { where: { locale }, select: { locale: true, title: true, summary: true, body: true } } },
  });
  campaigns.sort((a, b) => Number(b.status === "OPEN") - Number(a.status === "OPEN"));
  // Rows follow the demands: the first demand's decision makers in its order, then the next's.
  const order = new Map(campaigns.map((c, i) => [c.id, i]));
  const targets = (await loadCampaignTargets({ campaignIds: campaigns.map((c) => c.id), locale })).sort((a, b) => order.get(a.campaignId)! - order.get(b.campaignId)!);
  const eventIds = [...new Set(targets.map((t) => t.eventId).filter((id): id is string => id !== null))];
  const events = await db.campaignEvent.findMany({
    where: { id: { in: eventIds } },
    select: { id: true, title: true, campaign: { select: { locale: true } }, translations: { where: { locale }, select: { title: true } }, evidence: { where: { replacedAt: null }, select: PUBLIC_EVIDENCE } },
  });
  const eventsById = new Map(events.map((e) => [e.id, e]));

  const decisionMakers = new Map<string, { id: string } & DecisionMakerText>();
  const cells = new Map<string, TrackerCell>();
  for (const target of targets) {
    if (!decisionMakers.has(target.decisionMakerId)) decisionMakers.set(target.decisionMakerId, { id: target.decisionMakerId, ...target.decisionMaker });
    const event = target.eventId ? eventsById.get(target.eventId) : undefined;
    cells.set(cellKey(target.decisionMakerId, target.campaignId), {
      status: target.status,
      since: target.since,
      event: event ? { id: event.id, title: event.translations[0]?.title ?? event.title, lang: event.translations[0] ? locale : event.campaign.locale } : null,
      evidence: event?.evidence[0] ? publicEvidence(event.evidence[0]) : null,
    });
  }
  return {
    campaigns: campaigns.map((c) => {
      const text = localizeCampaign(c, locale);
      return { id: c.id, slug: c.slug, title: text.title, lang: text.lang, status: c.status };
    }),
    decisionMakers: [...decisionMakers.values()],
    cells,
  };
}
