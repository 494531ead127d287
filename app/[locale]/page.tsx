import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { homeMetadata } from "./_components/home-metadata";
import { HomeView } from "./_components/home-view";

type Props = { params: Promise<{ locale: string }> };

// The home page at its plain address. proxy.ts sends every GET of / and /ug to the versioned
// variant (./anonymous/[version]), so that an edit shows on every instance at once; this one
// answers what it does not rewrite. Cached and refreshed at most every few seconds.
export const revalidate = 5;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata((await params).locale);
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <HomeView locale={locale} from="primary" />;
}
