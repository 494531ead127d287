import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { EDITABLE_CAMPAIGN } from "./editable-campaign";
import type { Viewer } from "@/lib/server/authz";
import { canMove, LOCALES, type CampaignInput, type CampaignStatusValue } from "@/lib/validation/campaign";

export type SaveCampaignResult =
  | { ok: true; id: string; slug: string }
  | { ok: false; error: "not_found" | "conflict"; fieldErrors?: Record<string, string> };

const day = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

async function snapshot(tx: Prisma.TransactionClient, id: string) {
  return tx.campaign.findUnique({ where: { id }, select: EDITABLE_CAMPAIGN });
}

// Creates (id absent) or updates a campaign with its translations and targets, in one
// transaction with its audit entry. New campaigns start as drafts; status moves are checked
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

      let position = 0;
      for (const target of input.targets) {
        const owned = target.id ? await tx.target.findFirst({ where: { id: target.id, campaignId }, select: { id: true } }) : null;
        if (target.id && !owned) continue; // a target of another campaign is never touched
        if (owned && target.remove) await tx.target.delete({ where: { id: owned.id } });
        else if (owned) {
          await tx.target.update({ where: { id: owned.id }, data: { name: target.name, institution: target.institution, status: target.status, position: position++ } });
        } else if (target.name && !target.remove) {
          await tx.target.create({ data: { campaignId, name: target.name, institution: target.institution, status: target.status, position: position++ } });
        }
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
