import type { Metadata } from "next";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/server/authz";
import { getViewer } from "@/lib/server/auth/sessions";
import { signedInRecently } from "@/lib/auth/recent-sign-in";
import { listMyCampaigns } from "@/lib/server/me/list-my-campaigns";
import { localePath } from "@/lib/locale-path";
import { AccountActions, DELETE_PROBLEMS } from "./_components/account-actions";
import { FreshSignIn, FRESH_PROBLEMS } from "./_components/fresh-sign-in";
import { MyCampaignLists } from "./_components/my-campaign-lists";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ delete?: string; fresh?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Me" });
  return pageMetadata({ locale, path: "/me", title: t("title"), index: false });
}

// A person's campaigns and account. The lists (and the data download) need a sign-in within the
// last day (lib/auth/recent-sign-in.ts); an older session sees only the account actions
// and a button for a fresh sign-in link, so a seized phone does not show what its owner signed.
export default async function MePage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) redirect(`${localePath(locale, "/signin")}?${new URLSearchParams({ callbackUrl: localePath(locale, "/me") })}`);
  const recent = signedInRecently(viewer);
  const [t, campaigns] = await Promise.all([getTranslations("Me"), recent ? listMyCampaigns({ userId: viewer.id, locale }) : null]);

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        {can(viewer, "admin:enter") && (
          <Link href="/admin" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            {t("admin")}
          </Link>
        )}
      </div>
      {campaigns ? (
        <MyCampaignLists campaigns={campaigns} locale={locale} />
      ) : (
        <FreshSignIn locale={locale} problem={FRESH_PROBLEMS.find((p) => p === query.fresh)} />
      )}
      <AccountActions email={viewer.email} locale={locale} deleteProblem={DELETE_PROBLEMS.find((p) => p === query.delete)} />
    </div>
  );
}
