import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { readFromForSite } from "@/lib/server/campaigns/public-campaign-version";
import { homeMetadata } from "../../_components/home-metadata";
import { HomeView } from "../../_components/home-view";

type Props = { params: Promise<{ locale: string; version: string }> };

// The home page as everyone gets it: proxy.ts rewrites / and /ug here, with the current version
// of the list of public campaigns in the address (public-campaign-version.ts). An edit, a new
// campaign or one taken down is a new version, so every instance shows it within a second;
// counts are refreshed at most every few seconds. Rendered once per version and served from
// cache, like the campaign page (docs/decisions/006 and 010). It reads from the read replica
// once the replica shows the same list.
export const revalidate = 5;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata((await params).locale);
}

export default async function VersionedHomePage({ params }: Props) {
  const { locale, version } = await params;
  setRequestLocale(locale);
  return <HomeView locale={locale} from={await readFromForSite(version)} />;
}
