import "server-only";
import { readPublic, type ReadFrom } from "@/lib/server/public-reads";
import { countSignatures } from "@/lib/server/signatures/count-signatures";
import { localizeCampaign, PUBLIC_STATUSES } from "./localize";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";

export type CampaignSummary = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  lang: string;
  status: CampaignStatus;
  goal: number;
  signatureCount: number;
  closesAt: Date | null;
};

const ORDER: Record<CampaignStatus, number> = { OPEN: 0, ACHIEVED: 1, CLOSED: 2, ARCHIVED: 3, DRAFT: 4 };

export async function listPublicCampaigns({ locale, from }: { locale: string; from?: ReadFrom }): Promise<CampaignSummary[]> {
  const campaigns = await readPublic(from, (client) => client.campaign.findMany({
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
  }));
  const counts = await countSignatures({ campaignIds: campaigns.map((c) => c.id), from });
  return campaigns
    .map((c) => {
      const text = localizeCampaign(
        { ...c, body: "", translations: c.translations.map((t) => ({ ...t, body: "" })) },
        locale,
      );
      return {
        id: c.id,
        slug: c.slug,
        title: text.title,
        summary: text.summary,
        lang: text.lang,
        status: c.status,
        goal: c.goal,
        signatureCount: counts.get(c.id) ?? 0,
        closesAt: c.closesAt,
      };
    })
    .sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}
