import "server-only";
import { db } from "@/lib/server/db";
import { ttlMemo } from "@/lib/ttl-memo";
import { countSignatures } from "@/lib/server/signatures/count-signatures";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";
import { localizeCampaign, PUBLIC_STATUSES } from "./localize";

/** A campaign at a glance, for its share image and its embed: nothing about any signer. */
export type CampaignGlance = {
  id: string;
  slug: string;
  title: string;
  /** The language the title is in (the reader's, or the campaign's own when untranslated). */
  lang: string;
  status: CampaignStatus;
  goal: number;
  signatureCount: number;
  closesAt: Date | null;
};

export async function getCampaignGlance({ slug, locale }: { slug: string; locale: string }): Promise<CampaignGlance | null> {
  const campaign = await db.campaign.findFirst({
    where: { slug, status: { in: PUBLIC_STATUSES } },
    select: {
      id: true,
      slug: true,
      locale: true,
      title: true,
      status: true,
      goal: true,
      closesAt: true,
      translations: { where: { locale }, select: { locale: true, title: true } },
    },
  });
  if (!campaign) return null;
  const counts = await countSignatures({ campaignIds: [campaign.id] });
  const text = localizeCampaign(
    { ...campaign, summary: "", body: "", translations: campaign.translations.map((t) => ({ ...t, summary: "", body: "" })) },
    locale,
  );
  const { translations: _unused, locale: _written, ...rest } = campaign;
  return { ...rest, title: text.title, lang: text.lang, signatureCount: counts.get(campaign.id) ?? 0 };
}

// Embeds and share images are fetched by every page that shows them: each instance asks the
// database at most once a second per campaign and language, like the count endpoint.
export const recentCampaignGlance = ttlMemo(1_000, (key) => {
  const [slug = "", locale = "en"] = key.split("\0");
  return getCampaignGlance({ slug, locale });
});
