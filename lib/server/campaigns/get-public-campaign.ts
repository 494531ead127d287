import "server-only";
import { readPublic, type ReadFrom } from "@/lib/server/public-reads";
import { countSignatures } from "@/lib/server/signatures/count-signatures";
import { loadCampaignTargets, type CampaignTargetView } from "@/lib/server/tracker/load-campaign-targets";
import { publicEvidence, PUBLIC_EVIDENCE, type PublicEvidence } from "@/lib/server/tracker/public-evidence";
import type { TargetStatusValue } from "@/lib/validation/tracker";
import { localizeCampaign, PUBLIC_STATUSES } from "./localize";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";

export type PublicEvent = {
  id: string;
  occurredOn: Date;
  title: string;
  body: string;
  lang: string;
  retracted: { at: Date; reason: string } | null;
  corrections: { at: Date; reason: string }[];
  // Each position the event moved, with where it moved from (retracted events move no one).
  changes: { targetId: string; name: string; from: TargetStatusValue | null; to: TargetStatusValue }[];
  evidence: PublicEvidence | null;
};

export type PublicCampaign = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  lang: string;
  locale: string;
  status: CampaignStatus;
  goal: number;
  signatureCount: number;
  opensAt: Date | null;
  closesAt: Date | null;
  pastClosing: boolean;
  // The sign form says when named comments wait for review.
  reviewComments: boolean;
  sourceUrl: string | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  sourceDate: string | null;
  updatedAt: Date;
  targets: CampaignTargetView[];
  events: PublicEvent[];
  updates: { id: string; title: string; body: string; createdAt: Date }[];
};

// `from`: "replica" only where the caller has checked the replica is recent enough for what it
// renders (public-campaign-version.ts); the primary by default.
export async function getPublicCampaign({ slug, locale, from }: { slug: string; locale: string; from?: ReadFrom }): Promise<PublicCampaign | null> {
  const campaign = await readPublic(from, (client) => client.campaign.findFirst({
    where: { slug, status: { in: PUBLIC_STATUSES } },
    select: {
      id: true,
      slug: true,
      locale: true,
      title: true,
      summary: true,
      body: true,
      status: true,
      goal: true,
      opensAt: true,
      closesAt: true,
      reviewComments: true,
      sourceUrl: true,
      sourceTitle: true,
      sourcePublisher: true,
      sourceDate: true,
      updatedAt: true,
      translations: { where: { locale }, select: { locale: true, title: true, summary: true, body: true } },
      events: {
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          occurredOn: true,
          title: true,
          body: true,
          retractedAt: true,
          translations: { where: { locale }, select: { title: true, body: true } },
          changes: { select: { targetId: true, status: true } },
          evidence: { where: { replacedAt: null }, select: PUBLIC_EVIDENCE },
          corrections: {
            orderBy: { createdAt: "asc" },
            select: { kind: true, reason: true, createdAt: true, translations: { where: { locale }, select: { reason: true } } },
          },
        },
      },
      updates: { orderBy: { createdAt: "desc" }, select: { id: true, title: true, body: true, createdAt: true } },
    },
  }));
  if (!campaign) return null;
  // The targets and their history come from the primary (the tracker's own data function).
  const [counts, targets] = await Promise.all([countSignatures({ campaignIds: [campaign.id], from }), loadCampaignTargets({ campaignIds: [campaign.id], locale })]);
  const text = localizeCampaign(campaign, locale);
  const byId = new Map(targets.map((t) => [t.id, t]));
  const fromOf = (targetId: string, eventId: string) => byId.get(targetId)?.history.find((s) => s.eventId === eventId)?.from ?? null;
  return {
    id: campaign.id,
    slug: campaign.slug,
    ...text,
    locale: campaign.locale,
    status: campaign.status,
    goal: campaign.goal,
    signatureCount: counts.get(campaign.id) ?? 0,
    opensAt: campaign.opensAt,
    closesAt: campaign.closesAt,
    pastClosing: campaign.closesAt !== null && campaign.closesAt.getTime() <= Date.now(),
    reviewComments: campaign.reviewComments,
    sourceUrl: campaign.sourceUrl,
    sourceTitle: campaign.sourceTitle,
    sourcePublisher: campaign.sourcePublisher,
    sourceDate: campaign.sourceDate,
    updatedAt: campaign.updatedAt,
    targets,
    // Event text in the reader's language where translated (the query fetches only that
    // language's row), else as written.
    events: campaign.events.map(({ translations: [translated], changes, evidence: [evidence], corrections, retractedAt, ...event }) => {
      const reason = (c: (typeof corrections)[number]) => c.translations[0]?.reason ?? c.reason;
      const retraction = corrections.findLast((c) => c.kind === "RETRACTED");
      return {
        ...event,
        ...translated,
        lang: translated ? locale : campaign.locale,
        retracted: retractedAt ? { at: retraction?.createdAt ?? retractedAt, reason: retraction ? reason(retraction) : "" } : null,
        corrections: corrections.filter((c) => c.kind === "CORRECTED").map((c) => ({ at: c.createdAt, reason: reason(c) })),
        changes: changes.map((c) => ({
          targetId: c.targetId,
          name: byId.get(c.targetId)?.decisionMaker.name ?? "",
          from: retractedAt ? null : fromOf(c.targetId, event.id),
          to: c.status,
        })),
        evidence: evidence ? publicEvidence(evidence) : null,
      };
    }),
    updates: campaign.updates,
  };
}
