import "server-only";
import { db } from "@/lib/server/db";
import { countSignatures } from "@/lib/server/signatures/count-signatures";
import { localizeCampaign, PUBLIC_STATUSES } from "./localize";
import type { CampaignStatus, TargetStatus } from "@/lib/generated/prisma/enums";

export type PublicCampaign = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  lang: string;
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
  updatedAt: Date;
  targets: { id: string; name: string; institution: string; status: TargetStatus }[];
  events: {
    id: string;
    occurredOn: Date;
    title: string;
    body: string;
    evidenceUrl: string | null;
    targetName: string | null;
    targetStatus: TargetStatus | null;
  }[];
};

export async function getPublicCampaign({ slug, locale }: { slug: string; locale: string }): Promise<PublicCampaign | null> {
  const campaign = await db.campaign.findFirst({
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
      updatedAt: true,
      translations: { where: { locale }, select: { locale: true, title: true, summary: true, body: true } },
      targets: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          name: true,
          institution: true,
          status: true,
          translations: { where: { locale }, select: { name: true, institution: true } },
        },
      },
      events: {
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          occurredOn: true,
          title: true,
          body: true,
          evidenceUrl: true,
          targetStatus: true,
          translations: { where: { locale }, select: { title: true, body: true } },
          target: { select: { name: true, translations: { where: { locale }, select: { name: true } } } },
        },
      },
    },
  });
  if (!campaign) return null;
  const counts = await countSignatures({ campaignIds: [campaign.id] });
  const text = localizeCampaign(campaign, locale);
  return {
    id: campaign.id,
    slug: campaign.slug,
    ...text,
    status: campaign.status,
    goal: campaign.goal,
    signatureCount: counts.get(campaign.id) ?? 0,
    opensAt: campaign.opensAt,
    closesAt: campaign.closesAt,
    pastClosing: campaign.closesAt !== null && campaign.closesAt.getTime() <= Date.now(),
    reviewComments: campaign.reviewComments,
    sourceUrl: campaign.sourceUrl,
    sourceTitle: campaign.sourceTitle,
    updatedAt: campaign.updatedAt,
    // Target and event text in the reader's language where translated (the query only fetches
    // that language's row), else as written.
    targets: campaign.targets.map(({ translations: [translated], ...target }) => ({ ...target, ...translated })),
    events: campaign.events.map(({ target, translations: [translated], ...event }) => ({
      ...event,
      ...translated,
      targetName: target ? (target.translations[0]?.name ?? target.name) : null,
    })),
  };
}
