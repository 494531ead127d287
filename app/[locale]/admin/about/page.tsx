import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AboutForm } from "@/components/admin/about-form";
import { requireAdminPage } from "@/lib/server/authz";
import { getSitePage } from "@/lib/server/site-pages/get-site-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SitePages" });
  return { title: t("adminHeading") };
}

export default async function AdminAboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/about");
  const [t, texts] = await Promise.all([getTranslations("SitePages"), getSitePage({ key: "about" })]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("adminHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("adminIntro")}</p>
      <AboutForm defaults={{ en: texts.en ?? "", ug: texts.ug ?? "" }} />
    </div>
  );
}
