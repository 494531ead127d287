import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader() {
  const t = useTranslations("Layout");
  const meta = useTranslations("Meta");
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
          <LanguageSwitcher label={t("language")} />
        </nav>
      </div>
    </header>
  );
}
