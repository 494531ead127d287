import { getTranslations } from "next-intl/server";
import { requestFreshSignInAction } from "@/lib/actions/auth";

export const FRESH_PROBLEMS = ["rateLimited", "sendFailed"] as const;
export type FreshProblem = (typeof FRESH_PROBLEMS)[number];

// Shown instead of the lists to a session older than a day: why, and a button that emails a
// fresh sign-in link to the account's own address.
export async function FreshSignIn({ locale, problem }: { locale: string; problem: FreshProblem | undefined }) {
  const t = await getTranslations("Me");
  return (
    <section aria-labelledby="recent-heading" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="recent-heading" className="text-2xl font-bold">
        {t("recentHeading")}
      </h2>
      <p className="mt-3 text-slate-800">{t("recentBody")}</p>
      <form action={requestFreshSignInAction} className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="locale" value={locale} />
        {problem && (
          <p role="alert" className="rounded bg-red-100 p-3 font-semibold text-red-900">
            {t(`freshProblem.${problem}`)}
          </p>
        )}
        <button type="submit" className="self-start rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("recentButton")}
        </button>
      </form>
      <p className="mt-3 text-sm text-slate-600">{t("recentHint")}</p>
    </section>
  );
}
