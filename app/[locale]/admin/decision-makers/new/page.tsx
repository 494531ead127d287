import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DecisionMakerForm } from "@/components/admin/decision-maker-form";
import { requireAdminPage } from "@/lib/server/authz";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin.decisionMakers" });
  return { title: t("createHeading") };
}

const EMPTY = { name: "", title: "", institution: "", jurisdiction: "" };

export default async function NewDecisionMakerPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/decision-makers/new");
  const t = await getTranslations("Admin.decisionMakers");
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">{t("createHeading")}</h1>
      <DecisionMakerForm defaults={{ locale: locale === "ug" ? "ug" : "en", text: { en: EMPTY, ug: EMPTY } }} />
    </div>
  );
}
