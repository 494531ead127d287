import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PostUpdateForm } from "@/components/admin/post-update-form";
import { requireAdminPage } from "@/lib/server/authz";
import { listUpdateCampaigns } from "@/lib/server/updates/list-update-campaigns";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ campaign?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "PostUpdate" });
  return { title: t("title"), robots: { index: false } };
}

// Staff post updates here; `?campaign=<id>` preselects one, so admin campaign pages can link here.
export default async function PostUpdatePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/updates");
  const [t, campaigns, { campaign }] = await Promise.all([getTranslations("PostUpdate"), listUpdateCampaigns(), searchParams]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <div className="mt-6">
        {campaigns.length === 0 ? (
          <p>{t("noCampaigns")}</p>
        ) : (
          <PostUpdateForm campaigns={campaigns} defaultCampaignId={typeof campaign === "string" ? campaign : undefined} />
        )}
      </div>
    </div>
  );
}
