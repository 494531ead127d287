import "server-only";
import { db } from "@/lib/server/db";
import { localizeCampaign, PUBLIC_STATUSES } from "@/lib/server/campaigns/localize";
import { loadCampaignTargets } from "@/lib/server/tracker/load-campaign-targets";
import type { TargetStatusValue } from "@/lib/validation/tracker";

// Enough for any reader polling now and then; older news stays on the pages.
const FEED_SIZE = 50;

export type FeedItem =
  | {
      kind: "event";
      id: string;
      campaign: { slug: string; title: string };
      title: string;
      body: string;
      lang: string;
      occurredOn: Date;
      published: Date;
      updated: Date;
      retraction: string | null;
      corrections: string[];
      changes: { name: string; to: TargetStatusValue }[];
      evidence: { url: string | null; sha256: string | null } | null;
    }
  | { kind: "update"; id: string; campaign: { slug: string; title: string }; title: string; body: string; lang: string; published: Date; updated: Date };

/** Tracker events and staff updates of public campaigns (or of one), newest first. Null when the campaign is not public. */
export async function listFeedEntries({ locale, slug }: { locale: string; slug?: string }): Promise<{ items: FeedItem[]; campaign: { slug: string; title: string } | null } | null> {
  const campaigns = await db.campaign.findMany({
    where: { status: { in: PUBLIC_STATUSES }, ...(slug ? { slug } : {}) },
    select: { id: true, slug: true, locale: true, title: true, summary: true, body: true, translations: { where: { locale }, select: { locale: true, title: true, summary: true, body: true } } },
  });
  if (slug && campaigns.length === 0) return null;
  const ids = campaigns.map((c) => c.id);
  const info = new Map(campaigns.map((c) => [c.id, { slug: c.slug, title: localizeCampaign(c, locale).title, locale: c.locale }]));
  const [events, updates, targets] = await Promise.all([
    db.campaignEvent.findMany({
      where: { campaignId: { in: ids } },
      orderBy: { createdAt: "desc" },
      take: FEED_SIZE,
      select: {
        id: true,
        campaignId: true,
        occurredOn: true,
        title: true,
        body: true,
        createdAt: true,
        retractedAt: true,
        translations: { where: { locale }, select: { title: true, body: true } },
        changes: { select: { targetId: true, status: true } },
        evidence: { where: { replacedAt: null }, select: { url: true, sha256: true } },
        corrections: { orderBy: { createdAt: "asc" }, select: { kind: true, reason: true, createdAt: true, translations: { where: { locale }, select: { reason: true } } } },
      },
    }),
    db.campaignUpdate.findMany({ where: { campaignId: { in: ids } }, orderBy: { createdAt: "desc" }, take: FEED_SIZE, select: { id: true, campaignId: true, title: true, body: true, createdAt: true } }),
    loadCampaignTargets({ campaignIds: ids, locale }),
  ]);
  const names = new Map(targets.map((t) => [t.id, t.decisionMaker.name]));
  const items: FeedItem[] = [
    ...events.map((e): FeedItem => {
      const c = info.get(e.campaignId)!;
      const reasons = (kind: string) => e.corrections.filter((x) => x.kind === kind).map((x) => x.translations[0]?.reason ?? x.reason);
      const last = e.corrections.at(-1)?.createdAt;
      return {
        kind: "event",
        id: e.id,
        campaign: { slug: c.slug, title: c.title },
        title: e.translations[0]?.title ?? e.title,
        body: e.translations[0]?.body ?? e.body,
        lang: e.translations[0] ? locale : c.locale,
        occurredOn: e.occurredOn,
        published: e.createdAt,
        updated: last && last > e.createdAt ? last : e.createdAt,
        retraction: e.retractedAt ? (reasons("RETRACTED").at(-1) ?? "") : null,
        corrections: reasons("CORRECTED"),
        changes: e.retractedAt ? [] : e.changes.map((ch) => ({ name: names.get(ch.targetId) ?? "", to: ch.status })),
        evidence: e.evidence[0] ?? null,
      };
    }),
    ...updates.map((u): FeedItem => {
      const c = info.get(u.campaignId)!;
      return { kind: "update", id: u.id, campaign: { slug: c.slug, title: c.title }, title: u.title, body: u.body, lang: c.locale, published: u.createdAt, updated: u.createdAt };
    }),
  ];
  items.sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const campaign = slug ? { slug: campaigns[0]!.slug, title: info.get(campaigns[0]!.id)!.title } : null;
  return { items: items.slice(0, FEED_SIZE), campaign };
}
