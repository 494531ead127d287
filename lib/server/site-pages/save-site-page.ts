import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/auth/sessions";
import type { SitePageKey } from "./get-site-page";

// Saves a site page's text in each language (an empty text removes that language), with one
// audit entry holding the texts before and after. Staff only (the caller checks).
export async function saveSitePage({ key, texts, actor }: { key: SitePageKey; texts: Record<string, string>; actor: Viewer }) {
  await db.$transaction(async (tx) => {
    const before = Object.fromEntries((await tx.sitePage.findMany({ where: { key }, select: { locale: true, body: true } })).map((r) => [r.locale, r.body]));
    for (const [locale, body] of Object.entries(texts)) {
      if (body) await tx.sitePage.upsert({ where: { key_locale: { key, locale } }, create: { key, locale, body }, update: { body } });
      else await tx.sitePage.deleteMany({ where: { key, locale } });
    }
    await recordAudit(tx, actor, { action: "page.update", entityType: "SitePage", entityId: key, before, after: texts });
  });
}
