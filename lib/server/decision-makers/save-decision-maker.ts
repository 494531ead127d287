import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";
import { touchCampaigns } from "@/lib/server/campaigns/touch-campaign";
import { LOCALES } from "@/lib/validation/fields";
import type { DecisionMakerInput } from "@/lib/validation/decision-maker";

const EDITABLE = {
  locale: true,
  name: true,
  title: true,
  institution: true,
  jurisdiction: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, name: true, title: true, institution: true, jurisdiction: true } },
} as const satisfies Prisma.DecisionMakerSelect;

export type SaveDecisionMakerResult = { ok: true; id: string } | { ok: false; error: "not_found" };

/**
 * Creates (no id) or updates a decision maker with every language's text, audited. Every
 * campaign addressed to them gets a new version, since their name shows on its page.
 */
export async function saveDecisionMaker({ id, input, actor }: { id?: string; input: DecisionMakerInput; actor: Viewer }): Promise<SaveDecisionMakerResult> {
  const base = input.text[input.locale];
  const fields = { locale: input.locale, name: base.name, title: base.title, institution: base.institution, jurisdiction: base.jurisdiction };
  return db.$transaction(async (tx) => {
    const before = id ? await tx.decisionMaker.findUnique({ where: { id }, select: EDITABLE }) : null;
    if (id && !before) return { ok: false, error: "not_found" } as const;
    const saved = id
      ? await tx.decisionMaker.update({ where: { id }, data: fields, select: { id: true } })
      : await tx.decisionMaker.create({ data: fields, select: { id: true } });
    for (const locale of LOCALES) {
      const t = input.text[locale];
      if (locale === input.locale || !t.name) await tx.decisionMakerTranslation.deleteMany({ where: { decisionMakerId: saved.id, locale } });
      else {
        await tx.decisionMakerTranslation.upsert({
          where: { decisionMakerId_locale: { decisionMakerId: saved.id, locale } },
          create: { decisionMakerId: saved.id, locale, ...t },
          update: t,
        });
      }
    }
    const campaigns = await tx.campaignTarget.findMany({ where: { decisionMakerId: saved.id }, select: { campaignId: true } });
    await touchCampaigns(tx, campaigns.map((c) => c.campaignId));
    await recordAudit(tx, actor, {
      action: id ? "decisionMaker.update" : "decisionMaker.create",
      entityType: "DecisionMaker",
      entityId: saved.id,
      before,
      after: await tx.decisionMaker.findUnique({ where: { id: saved.id }, select: EDITABLE }),
    });
    return { ok: true, id: saved.id } as const;
  });
}
