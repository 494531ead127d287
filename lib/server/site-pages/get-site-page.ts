import "server-only";
import { db } from "@/lib/server/db";

export type SitePageKey = "about";

/** A site page's text in every language it has, by language. */
export async function getSitePage({ key }: { key: SitePageKey }): Promise<Record<string, string>> {
  const rows = await db.sitePage.findMany({ where: { key }, select: { locale: true, body: true } });
  return Object.fromEntries(rows.map((r) => [r.locale, r.body]));
}
