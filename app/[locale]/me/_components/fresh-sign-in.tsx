import { getTranslations } from "next-intl/server";
import { requestFreshSignInAction } from "@/lib/actions/auth";
import { Section } from "@/components/section";

export const FRESH_PROBLEMS = ["rateLimited", "sendFailed"] as const;
export type FreshProblem = (typeof FRESH_PROBLEMS)[number];

// Shown instead of the lists to a session older than a day: why, and a button that emails a
// fresh sign-in link to the account's own address.
export async function FreshSignIn({ locale, problem }: { locale: string; problem: FreshProblem | undefined }) {
  const t = await getTranslations("Me");
  return (
    <Section id="recent" heading={t("recentHeading")} className="rounded-lg border border-slate-300 bg-white p-4">
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
    </Section>
  );
}
