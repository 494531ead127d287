import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { CLIENT_NAMESPACES, pickMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { can, requireAdminPage } from "@/lib/server/authz";
import { countCommentsForReview } from "@/lib/server/admin/count-comments-for-review";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false } };
}

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireAdminPage("/admin");
  const [t, s, messages, waiting] = await Promise.all([
    getTranslations("Admin"),
    getTranslations("Security.adminPage"),
    getMessages(),
    can(viewer, "comment:moderate") ? countCommentsForReview() : new Map<string, number>(),
  ]);
  const waitingTotal = [...waiting.values()].reduce((sum, n) => sum + n, 0);
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t("nav")} className="flex flex-wrap gap-4 border-b border-slate-200 pb-3 text-sm font-semibold">
        <Link href="/admin" className="text-brand-800 underline">
          {t("campaigns")}
        </Link>
        {can(viewer, "decision-maker:write") && (
          <Link href="/admin/decision-makers" className="text-brand-800 underline">
            {t("decisionMakers.heading")}
          </Link>
        )}
        {can(viewer, "comment:moderate") && (
          <Link href="/admin/comments" className="text-brand-800 underline">
            {t("review.nav", { count: waitingTotal })}
          </Link>
        )}
        {can(viewer, "update:post") && (
          <Link href="/admin/updates" className="text-brand-800 underline">
            {t("postUpdate")}
          </Link>
        )}
        {can(viewer, "page:write") && (
          <Link href="/admin/about" className="text-brand-800 underline">
            {t("aboutPage")}
          </Link>
        )}
        {can(viewer, "user:manage-roles") && (
          <Link href="/admin/users" className="text-brand-800 underline">
            {t("users")}
          </Link>
        )}
        {can(viewer, "audit:read") && (
          <Link href="/admin/audit" className="text-brand-800 underline">
            {t("audit")}
          </Link>
        )}
        {can(viewer, "security:read") && (
          <Link href="/admin/security" className="text-brand-800 underline">
            {s("nav")}
          </Link>
        )}
        {can(viewer, "stats:read") && (
          <a href="/api/admin/export" className="text-brand-800 underline" download>
            {t("export")}
          </a>
        )}
      </nav>
      <NextIntlClientProvider messages={pickMessages(messages, [...CLIENT_NAMESPACES, "Admin", "PostUpdate", "TargetStatus", "Packet", "SitePages"])}>{children}</NextIntlClientProvider>
    </div>
  );
}
