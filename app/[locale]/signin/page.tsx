import type { Metadata } from "next";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { safeCallbackPath } from "@/lib/validation/auth";
import { SignInForm, type SignInText } from "./sign-in-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string; reason?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return pageMetadata({ locale, path: "/signin", title: t("title"), index: false });
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl, reason } = await searchParams;
  const t = await getTranslations("SignIn");
  const { email, sending, submit, errors } = ((await getMessages()) as unknown as { SignIn: SignInText["messages"] }).SignIn;
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      {reason === "sign" && <p className="mt-4 rounded bg-brand-50 p-3 text-brand-800">{t("forSigning")}</p>}
      <p className="mt-4 text-slate-700">{t("intro")}</p>
      <SignInForm locale={locale} callbackUrl={safeCallbackPath(callbackUrl)} text={{ locale, messages: { email, sending, submit, errors } }} />
      <p className="mt-6 text-sm text-slate-600">{t("privacy")}</p>
    </div>
  );
}
