import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale, routing } from "@/i18n/routing";
import { translator } from "@/lib/server/i18n/translator";
import { enqueueEmails } from "@/lib/server/email/outbox";
import { subscribedFollowers } from "@/lib/server/follows/subscribed-followers";
import { followerEmail } from "@/lib/server/updates/update-email";
import { localizeCampaign } from "@/lib/server/campaigns/localize";
import { siteOrigin } from "@/lib/server/config";
import type { TargetStatusValue } from "@/lib/validation/tracker";
import { loadCampaignTargets } from "./load-campaign-targets";

type Tx = Prisma.TransactionClient;

export type PositionMove = { targetId: string; from: TargetStatusValue; to: TargetStatusValue };

/** The positions on a campaign, by campaign target, as the record stands inside this transaction. */
export async function positionsNow(tx: Tx, campaignId: string): Promise<Map<string, TargetStatusValue>> {
  const targets = await loadCampaignTargets({ campaignIds: [campaignId], locale: "en", client: tx });
  return new Map(targets.map((t) => [t.id, t.status]));
}

export function positionMoves(before: Map<string, TargetStatusValue>, after: Map<string, TargetStatusValue>): PositionMove[] {
  return [...after].flatMap(([targetId, to]) => {
    const from = before.get(targetId) ?? "NO_RESPONSE";
    return from === to ? [] : [{ targetId, from, to }];
  });
}

/**
 * When a decision maker's position on a campaign changed (an event recorded, corrected or
 * retracted), emails the followers who chose to hear about it: the neutral subject and the
 * unsubscribe links of every follower email, the text in the campaign's language. `key` names the
 * change, so a retried request queues nothing twice. Returns how many were queued.
 */
export async function queuePositionEmails(tx: Tx, { campaignId, key, moves, eventTitle }: { campaignId: string; key: string; moves: PositionMove[]; eventTitle: string }): Promise<number> {
  if (moves.length === 0) return 0;
  const campaign = await tx.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, slug: true, locale: true, title: true, summary: true, body: true, translations: { select: { locale: true, title: true, summary: true, body: true } } },
  });
  if (!campaign) return 0;
  const language = isLocale(campaign.locale) ? campaign.locale : routing.defaultLocale;
  const t = translator(language, "PositionEmail");
  const status = translator(language, "TargetStatus");
  const names = new Map((await loadCampaignTargets({ campaignIds: [campaignId], locale: language, client: tx })).map((x) => [x.id, x.decisionMaker.name]));
  const lines = moves.map((m) => t("moved", { name: names.get(m.targetId) ?? "", from: status(m.from), to: status(m.to) }));
  const update = { title: localizeCampaign(campaign, language).title, body: [t("intro"), ...lines, t("event", { title: eventTitle })].join("\n\n") };
  const origin = siteOrigin();
  let queued = 0;
  for await (const page of subscribedFollowers(tx, { campaignId, positionEmails: true })) {
    queued += await enqueueEmails(
      page.map((recipient) => followerEmail({ key: `position:${key}`, campaign, update, recipient, origin })),
      tx,
    );
  }
  return queued;
}
