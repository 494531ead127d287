import type { Metadata } from "next";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { readReturnPath } from "@/lib/server/auth/return-path";
import { localePath } from "@/lib/locale-path";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return pageMetadata({ locale, path: "/signin/confirm", title: t("confirmTitle"), index: false });
}

// Where the emailed link lands. Opening it (GET) changes nothing, so a mail scanner that
// follows links does not use it up; only pressing the button (a POST to Auth.js) signs in.
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations("SignIn");
  if (!token) {
    return (
      <div className="mx-auto max-w-lg">
        <h1 className="text-3xl font-bold">{t("confirmTitle")}</h1>
        <p className="mt-4">{t("confirmMissing")}</p>
        <Link href="/signin" className="mt-6 inline-block font-semibold text-brand-700 underline">
          {t("again")}
        </Link>
      </div>
    );
  }
  const callbackUrl = await readReturnPath(localePath(locale, "/"));
  const action = `/api/auth/callback/email?${new URLSearchParams({ token, callbackUrl })}`;
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-bold">{t("confirmTitle")}</h1>
      <p className="mt-4 text-lg text-slate-800">{t("confirmBody")}</p>
      <form method="post" action={action} className="mt-6">
        <button type="submit" className="rounded bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800">
          {t("confirmButton")}
        </button>
      </form>
    </div>
  );
}
