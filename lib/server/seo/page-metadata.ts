import "server-only";
import type { Metadata } from "next";
import { routing, isLocale, type Locale } from "@/i18n/routing";
import { localePath } from "@/lib/locale-path";
import { siteName } from "@/lib/server/organisation";
import { shareCardVersion, siteShareCard } from "@/lib/server/share/share-cards";

export type ShareImage = { url: string; alt: string };

/** The language versions of a path, for hreflang links and the sitemap (x-default: English). */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, localePath(l, path)]));
  languages["x-default"] = localePath(routing.defaultLocale, path);
  return languages;
}

function siteImage(locale: Locale): ShareImage {
  const card = siteShareCard(locale);
  return { url: `/api/share.png?locale=${locale}&v=${shareCardVersion(card)}`, alt: `${card.site}: ${card.title}` };
}

/**
 * The metadata every public page carries: its title and description, a canonical address
 * and hreflang links to each language, and a share card (Open Graph and Twitter), the site's
 * own unless the page has one. Relative addresses resolve against metadataBase (the layout).
 */
export async function pageMetadata({
  locale: requested,
  path,
  title,
  description,
  image,
  type = "website",
  index = true,
}: {
  locale: string;
  path: string;
  title: string;
  description?: string;
  image?: ShareImage;
  type?: "website" | "article";
  index?: boolean;
}): Promise<Metadata> {
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const url = localePath(locale, path);
  const card = image ?? siteImage(locale);
  const site = siteName(locale);
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path) },
    openGraph: { type, title, description, url, siteName: site, locale, images: [{ url: card.url, width: 1200, height: 630, alt: card.alt }] },
    // X reads the title and description from Open Graph when its own are missing (its card
    // markup docs); the image's alt text has no such fallback, so it stays.
    twitter: { card: "summary_large_image", images: [{ url: card.url, alt: card.alt }] },
    ...(index ? {} : { robots: { index: false } }),
  };
}
