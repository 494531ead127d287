import "server-only";
import { getTranslations } from "next-intl/server";
import { isLocale, routing } from "@/i18n/routing";
import { localePath } from "@/lib/locale-path";
import { siteOrigin } from "@/lib/server/config";
import { organisation, siteName } from "@/lib/server/organisation";
import { atomFeed, type AtomEntry } from "./atom";
import { listFeedEntries, type FeedItem } from "./list-feed-entries";

const day = (d: Date) => d.toISOString().slice(0, 10);

// Stable ids (RFC 4151 tag URIs): an entry keeps its id through corrections and a move of the site.
const tagId = (origin: string, ...parts: string[]) => `tag:${new URL(origin).hostname},2026:${parts.join("/")}`;

/**
 * The Atom feed of the tracker events and updates of every public campaign, or of one
 * (`slug`), in a language. Public and read-only: there is no one to check. 404 for an unknown
 * language or a campaign that is not public.
 */
export async function feedResponse({ locale, slug }: { locale: string; slug?: string }): Promise<Response> {
  const notFound = () => Response.json({ error: "not_found", message: "There is no such feed." }, { status: 404 });
  if (!isLocale(locale)) return notFound();
  const found = await listFeedEntries({ locale, slug });
  if (!found) return notFound();
  const [t, status] = await Promise.all([getTranslations({ locale, namespace: "Feed" }), getTranslations({ locale, namespace: "TargetStatus" })]);
  const origin = siteOrigin();
  const pagePath = localePath(locale, found.campaign ? `/campaigns/${found.campaign.slug}` : "/tracker");
  const feedPath = localePath(locale, found.campaign ? `/campaigns/${found.campaign.slug}/feed.xml` : "/feed.xml");

  const entry = (item: FeedItem): AtomEntry => {
    const link = `${origin}${localePath(locale, `/campaigns/${item.campaign.slug}`)}#${item.kind}-${item.id}`;
    const lang = item.lang === locale ? undefined : item.lang;
    if (item.kind === "update") {
      return { id: tagId(origin, "update", item.id), title: t("updateTitle", { campaign: item.campaign.title, title: item.title }), updated: item.updated, published: item.published, link, summary: item.body, lang };
    }
    const lines = [
      t("occurred", { date: day(item.occurredOn) }),
      item.body,
      ...item.changes.map((c) => t("moved", { name: c.name, status: status(c.to) })),
      item.evidence ? t("evidence", { url: item.evidence.url ?? "—", sha256: item.evidence.sha256 ?? t("notArchived") }) : null,
      ...item.corrections.map((reason) => t("corrected", { reason })),
      item.retraction !== null ? t("retracted", { reason: item.retraction }) : null,
    ].filter((line): line is string => Boolean(line));
    const title = t("eventTitle", { campaign: item.campaign.title, title: item.title });
    return {
      id: tagId(origin, "event", item.id),
      title: item.retraction !== null ? t("retractedTitle", { title }) : title,
      updated: item.updated,
      published: item.published,
      link,
      summary: lines.join("\n\n"),
      lang,
    };
  };

  const xml = atomFeed({
    id: `${origin}${feedPath}`,
    title: found.campaign ? t("campaignFeedTitle", { campaign: found.campaign.title, site: siteName(locale) }) : t("feedTitle", { site: siteName(locale) }),
    subtitle: t("subtitle"),
    lang: locale,
    selfUrl: `${origin}${feedPath}`,
    pageUrl: `${origin}${pagePath}`,
    // The organisation that runs the site (ORG_NAME), else the site's name.
    author: organisation().orgName ?? siteName(locale),
    // An empty feed is as old as the Unix epoch rather than "now", so it does not look new on every poll.
    updated: found.items[0]?.updated ?? new Date(0),
    entries: found.items.map(entry),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60, s-maxage=60, stale-while-revalidate=300" },
  });
}

export const DEFAULT_LOCALE = routing.defaultLocale;
