import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { organisation, siteName } from "@/lib/server/organisation";
import { LanguageSwitcher } from "./language-switcher";
import { scriptLang } from "@/lib/script-lang";
import type { Locale } from "@/i18n/routing";

// The same for every visitor, so pages around it can be served from cache: "My account" leads
// signed-in people to their campaigns (and staff to the admin area), everyone else to sign in.
export async function SiteHeader() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Layout");
  const name = siteName(locale);
  const { logo } = organisation();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 text-lg font-bold text-brand-800">
          {/* The name beside it says what the logo says: the image itself is decoration. A plain
              <img>: the logo is the organisation's own file, served as it is (no image optimiser). */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          {logo && <img src="/api/logo" alt="" className="h-8 w-auto" />}
          <bdi lang={scriptLang(name, locale)}>{name}</bdi>
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
          <LanguageSwitcher label={t("language")} current={locale} />
        </nav>
      </div>
    </header>
  );
}
