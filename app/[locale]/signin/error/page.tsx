import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return { title: t("errorTitle"), robots: { index: false } };
}

export default async function SignInErrorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("SignIn");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-4 text-slate-800">{t("errorBody")}</p>
      <Link href="/signin" className="mt-6 inline-block font-semibold text-brand-700 underline">
        {t("again")}
      </Link>
    </div>
  );
}
