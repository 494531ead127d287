import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { localePath } from "@/lib/locale-path";
import { siteOrigin } from "@/lib/server/config";
import { listPublicCampaigns } from "@/lib/server/campaigns/list-public-campaigns";
import { languageAlternates } from "@/lib/server/seo/page-metadata";

// Asked for at request time (the build has no database), and kept a few minutes.
export const dynamic = "force-dynamic";

const PAGES = ["/", "/tracker", "/about", "/developers", "/privacy"];

// Every public page in every language, each with its hreflang alternates.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin();
  const campaigns = await listPublicCampaigns({ locale: routing.defaultLocale });
  const paths = [...PAGES, ...campaigns.map((c) => `/campaigns/${c.slug}`)];
  return paths.flatMap((path) => {
    const languages = Object.fromEntries(Object.entries(languageAlternates(path)).map(([lang, href]) => [lang, `${origin}${href}`]));
    return routing.locales.map((locale) => ({
      url: `${origin}${localePath(locale, path)}`,
      changeFrequency: path.startsWith("/campaigns/") ? ("hourly" as const) : ("weekly" as const),
      alternates: { languages },
    }));
  });
}
