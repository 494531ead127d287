import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignForm } from "@/components/admin/campaign-form";
import { requireAdminPage } from "@/lib/server/authz";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("createHeading") };
}

const EMPTY_TEXT = { title: "", summary: "", body: "" };

export default async function NewCampaignPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/campaigns/new");
  const t = await getTranslations("Admin");
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">{t("createHeading")}</h1>
      <CampaignForm
        defaults={{
          slug: "",
          locale: locale === "ug" ? "ug" : "en",
          text: { en: EMPTY_TEXT, ug: EMPTY_TEXT },
          goal: "1000",
          opensAt: "",
          closesAt: "",
          status: "DRAFT",
          sourceUrl: "",
          sourceTitle: "",
          sourcePublisher: "",
          sourceDate: "",
        }}
      />
    </div>
  );
}
