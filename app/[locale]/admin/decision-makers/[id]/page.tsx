import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { DecisionMakerForm } from "@/components/admin/decision-maker-form";
import { requireAdminPage } from "@/lib/server/authz";
import { getDecisionMaker, type EditableDecisionMaker } from "@/lib/server/decision-makers/get-decision-maker";
import type { DecisionMakerFormValues } from "@/lib/validation/decision-maker";
import { isLocale, routing, type Locale } from "@/i18n/routing";
import { forEachLocale } from "@/lib/validation/locales";
import { Section } from "@/components/section";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin.decisionMakers" });
  return { title: t("editHeading") };
}

function formDefaults(d: EditableDecisionMaker): DecisionMakerFormValues {
  const text = (locale: Locale) => {
    if (d.locale === locale) return { name: d.name, title: d.title, institution: d.institution, jurisdiction: d.jurisdiction };
    const t = d.translations.find((x) => x.locale === locale);
    return t ? { name: t.name, title: t.title, institution: t.institution, jurisdiction: t.jurisdiction } : { name: "", title: "", institution: "", jurisdiction: "" };
  };
  return { locale: isLocale(d.locale) ? d.locale : routing.defaultLocale, text: forEachLocale(text) };
}

export default async function EditDecisionMakerPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/decision-makers/[id]");
  const decisionMaker = await getDecisionMaker({ id });
  if (!decisionMaker) notFound();
  const [t, { saved }] = await Promise.all([getTranslations("Admin.decisionMakers"), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/decision-makers" className="font-semibold text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("editHeading")}</h1>
      <div role="status">{saved && <p className="rounded bg-green-50 p-3 font-semibold text-green-900">{t("saved")}</p>}</div>
      <Section id="addressed" heading={t("addressedBy")} size="small">
        {decisionMaker.campaigns.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("addressedByNone")}</p>
        ) : (
          <ul className="mt-2 list-disc ps-6">
            {decisionMaker.campaigns.map(({ campaign }) => (
              <li key={campaign.id}>
                <Link href={`/admin/campaigns/${campaign.id}#targets-heading`} lang={campaign.locale} className="text-brand-800 underline">
                  {campaign.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm text-slate-700">{t("linkHint")}</p>
      </Section>
      <DecisionMakerForm key={decisionMaker.updatedAt.toISOString()} id={decisionMaker.id} defaults={formDefaults(decisionMaker)} />
    </div>
  );
}
