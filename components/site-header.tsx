import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

// The same for every visitor, so pages around it can be served from cache: "My account" leads
// signed-in people to their campaigns (and staff to the admin area), everyone else to sign in.
export async function SiteHeader() {
  const [t, meta] = await Promise.all([getTranslations("Layout"), getTranslations("Meta")]);
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
          <Link href="/tracker" className="text-slate-700 hover:text-brand-700">
            {t("tracker")}
          </Link>
          <Link href="/me" className="text-slate-700 hover:text-brand-700">
            {t("account")}
          </Link>
          <LanguageSwitcher label={t("language")} />
        </nav>
      </div>
    </header>
  );
}
