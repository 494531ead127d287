import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="max-w-2xl">
      <title>{t("heading")}</title>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-4 text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
