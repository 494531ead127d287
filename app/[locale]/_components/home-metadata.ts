import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/server/seo/page-metadata";

// The home page's metadata, for both of its addresses (the plain one and the versioned one).
export async function homeMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Meta" });
  return pageMetadata({ locale, path: "/", title: t("homeTitle"), description: t("homeDescription") });
}
