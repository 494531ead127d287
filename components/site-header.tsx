import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { can, getViewer } from "@/lib/server/authz";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const [t, meta, viewer] = await Promise.all([getTranslations("Layout"), getTranslations("Meta"), getViewer()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          {meta("siteName")}
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-4">
          <Link href="/" className="text-slate-700 hover:text-brand-700">
            {t("campaigns")}
          </Link>
          {can(viewer, "admin:enter") && (
            <Link href="/admin" className="text-slate-700 hover:text-brand-700">
              {t("admin")}
            </Link>
          )}
          {viewer ? (
            <Link href="/me" className="text-slate-700 hover:text-brand-700">
              {t("me")}
            </Link>
          ) : (
            <Link href="/signin" className="text-slate-700 hover:text-brand-700">
              {t("signIn")}
            </Link>
          )}
          <LanguageSwitcher label={t("language")} />
        </nav>
      </div>
    </header>
  );
}
