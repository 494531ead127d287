import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function homeMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    title: t("homeTitle"),
    description: t("homeDescription"),
    openGraph: { title: t("homeTitle"), description: t("homeDescription") },
    alternates: { languages: { en: "/", ug: "/ug" } },
  };
}
