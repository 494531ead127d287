import type { Metadata } from "next";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { readReturnPath } from "@/lib/server/auth/return-path";
import { findPendingSignIn, isAskingBrowser, maskEmail } from "@/lib/server/auth/sign-in-binding";
import { localePath } from "@/lib/locale-path";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return pageMetadata({ locale, path: "/signin/confirm", title: t("confirmTitle"), index: false });
}

// Where the emailed link lands. Opening it (GET) changes nothing, so a mail scanner that
// follows links does not use it up; only pressing the button (a POST to Auth.js, through
// app/api/auth) signs in. In the browser that asked for the link, the button is all it takes;
// anywhere else the page shows the address masked and asks for it in full
// (lib/server/auth/sign-in-binding.ts). Either way it says which account is signing in.
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token, error } = await searchParams;
  const [t, s] = await Promise.all([getTranslations("SignIn"), getTranslations("Security.confirm")]);
  const pending = typeof token === "string" ? await findPendingSignIn(token) : null;
  if (!token || !pending) {
    return (
      <div className="mx-auto max-w-lg">
        <h1 className="text-3xl font-bold">{token ? t("errorTitle") : t("confirmTitle")}</h1>
        <p className="mt-4">{token ? t("errorBody") : t("confirmMissing")}</p>
        <Link href="/signin" className="mt-6 inline-block font-semibold text-brand-700 underline">
          {t("again")}
        </Link>
      </div>
    );
  }
  const here = await isAskingBrowser(pending.browserHash);
  const masked = maskEmail(pending.identifier);
  const callbackUrl = await readReturnPath(localePath(locale, "/"));
  const action = `/api/auth/callback/email?${new URLSearchParams({ token, callbackUrl, locale })}`;
  const wrong = error === "address";
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-bold">{t("confirmTitle")}</h1>
      {here ? (
        <>
          <p className="mt-4 text-lg text-slate-800">{t("confirmBody")}</p>
          <p className="mt-2">
            {s.rich("signingInAs", { email: () => <bdi dir="ltr" className="font-semibold">{masked}</bdi> })}
          </p>
        </>
      ) : (
        <p className="mt-4 text-lg text-slate-800">
          {s.rich("otherBrowser", { email: () => <bdi dir="ltr" className="font-semibold">{masked}</bdi> })}
        </p>
      )}
      <form method="post" action={action} className="mt-6 flex flex-col gap-3">
        {!here && (
          <>
            <label htmlFor="email" className="font-semibold">
              {s("emailLabel")}
            </label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              dir="ltr"
              required
              maxLength={254}
              aria-invalid={wrong ? true : undefined}
              aria-describedby={wrong ? "email-error" : undefined}
              className="rounded border border-slate-400 px-3 py-2 text-start"
            />
            <div role="alert">
              {wrong && (
                <p id="email-error" className="text-sm font-semibold text-red-800">
                  {s("wrongAddress")}
                </p>
              )}
            </div>
          </>
        )}
        <button type="submit" className="self-start rounded bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800">
          {t("confirmButton")}
        </button>
      </form>
    </div>
  );
}
