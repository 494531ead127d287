import "server-only";
import { db } from "@/lib/server/db";
import { countSignatures } from "@/lib/server/signatures/count-signatures";
import { signaturesInLastDay } from "@/lib/server/signatures/recent-growth";
import { localizeCampaign, PUBLIC_STATUSES } from "./localize";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";

export type CampaignSummary = {
  slug: string;
  title: string;
  summary: string;
  lang: string;
  status: CampaignStatus;
  goal: number;
  signatureCount: number;
  // Signatures in the last 24 hours, for open campaigns (how fast each grows); null otherwise.
  lastDay: number | null;
  closesAt: Date | null;
};

const ORDER: Record<CampaignStatus, number> = { OPEN: 0, ACHIEVED: 1, CLOSED: 2, ARCHIVED: 3, DRAFT: 4 };

export async function listPublicCampaigns({ locale }: { locale: string }): Promise<CampaignSummary[]> {
  const campaigns = await db.campaign.findMany({
    where: { status: { in: PUBLIC_STATUSES } },
    orderBy: [{ createdAt: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      locale: true,
      title: true,
      summary: true,
      body: false,
      status: true,
      goal: true,
      closesAt: true,
      translations: { where: { locale }, select: { locale: true, title: true, summary: true } },
    },
  });
  const [counts, lastDay] = await Promise.all([
    countSignatures({ campaignIds: campaigns.map((c) => c.id) }),
    Promise.all(campaigns.map((c) => (c.status === "OPEN" ? signaturesInLastDay(c.id) : null))),
  ]);
  return campaigns
    .map((c, i) => {
      const text = localizeCampaign(
        { ...c, body: "", translations: c.translations.map((t) => ({ ...t, body: "" })) },
        locale,
      );
      return {
        slug: c.slug,
        title: text.title,
        summary: text.summary,
        lang: text.lang,
        status: c.status,
        goal: c.goal,
        signatureCount: counts.get(c.id) ?? 0,
        lastDay: lastDay[i] ?? null,
        closesAt: c.closesAt,
      };
    })
    .sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}
