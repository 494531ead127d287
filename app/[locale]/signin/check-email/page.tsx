import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return { title: t("checkTitle"), robots: { index: false } };
}

// The same page whatever address was given: it never tells whether an account exists.
export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("SignIn");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-bold">{t("checkTitle")}</h1>
      <p className="mt-4 text-lg text-slate-800">{t("checkBody")}</p>
      <p className="mt-4 text-slate-700">{t("checkHint")}</p>
      <p className="mt-6">
        <Link href="/signin" className="font-semibold text-brand-700 underline">
          {t("again")}
        </Link>
      </p>
    </div>
  );
}
