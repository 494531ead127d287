import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { EDITABLE_CAMPAIGN } from "./editable-campaign";
import type { Viewer } from "@/lib/server/auth/sessions";
import { canMove, LOCALES, type CampaignInput, type CampaignStatusValue } from "@/lib/validation/campaign";

export type SaveCampaignResult =
  | { ok: true; id: string; slug: string }
  | { ok: false; error: "not_found" | "conflict"; fieldErrors?: Record<string, string> };

const day = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

async function snapshot(tx: Prisma.TransactionClient, id: string) {
  return tx.campaign.findUnique({ where: { id }, select: EDITABLE_CAMPAIGN });
}

// Creates (id absent) or updates a campaign with its translations and source, in one
// transaction with its audit entry. (Decision makers are linked apart, and their positions move
// only through tracker events.) New campaigns start as drafts; status moves are checked
// against STATUS_MOVES; the slug is unique (the constraint decides, and says which field).
export async function saveCampaign({ id, input, actor }: { id?: string; input: CampaignInput; actor: Viewer }): Promise<SaveCampaignResult> {
  const base = input.text[input.locale];
  const fields = {
    slug: input.slug,
    locale: input.locale,
    title: base.title,
    summary: base.summary,
    body: base.body,
    goal: Number(input.goal),
    opensAt: day(input.opensAt),
    closesAt: day(input.closesAt),
    sourceUrl: input.sourceUrl || null,
    sourceTitle: input.sourceTitle || null,
    sourcePublisher: input.sourcePublisher || null,
    sourceDate: input.sourceDate || null,
  };
  try {
    return await db.$transaction(async (tx) => {
      let campaignId = id;
      const before = id ? await snapshot(tx, id) : null;
      if (id && !before) return { ok: false, error: "not_found" } as const;
      if (before && !canMove(before.status as CampaignStatusValue, input.status)) {
        return { ok: false, error: "conflict", fieldErrors: { status: "statusMove" } } as const;
      }
      if (campaignId) {
        await tx.campaign.update({ where: { id: campaignId }, data: { ...fields, status: input.status } });
      } else {
        campaignId = (await tx.campaign.create({ data: { ...fields, status: "DRAFT" }, select: { id: true } })).id;
      }

      for (const locale of LOCALES) {
        const t = input.text[locale];
        const where = { campaignId_locale: { campaignId, locale } };
        if (locale === input.locale || !t.title) await tx.campaignTranslation.deleteMany({ where: { campaignId, locale } });
        else await tx.campaignTranslation.upsert({ where, create: { campaignId, locale, ...t }, update: t });
      }

      const after = await snapshot(tx, campaignId);
      await recordAudit(tx, actor, { action: id ? "campaign.update" : "campaign.create", entityType: "Campaign", entityId: campaignId, before, after });
      return { ok: true, id: campaignId, slug: input.slug } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, error: "conflict", fieldErrors: { slug: "slugTaken" } };
    }
    throw error;
  }
}
