import { getTranslations } from "next-intl/server";
import { signOutAction, signOutEverywhereAction } from "@/lib/actions/auth";
import { deleteAccountAction } from "@/lib/actions/account";
import { Section } from "@/components/section";

export const DELETE_PROBLEMS = ["confirm", "lastAdmin"] as const;
export type DeleteProblem = (typeof DELETE_PROBLEMS)[number];

// Signing out (here or everywhere) and deleting the account: open to every session, however
// old, because they give nothing away and a person under pressure must be able to use them.
export async function AccountActions({ email, locale, deleteProblem }: { email: string; locale: string; deleteProblem: DeleteProblem | undefined }) {
  const [t, tSignIn] = await Promise.all([getTranslations("Me"), getTranslations("SignIn")]);
  return (
    <>
      <Section id="account" heading={t("account")}>
        <p className="mt-3 text-slate-700">{tSignIn("signedInAs", { email })}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-semibold">
              {tSignIn("signOut")}
            </button>
          </form>
          <form action={signOutEverywhereAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-semibold">
              {tSignIn("signOutEverywhere")}
            </button>
          </form>
        </div>
      </Section>

      <Section id="delete" heading={t("deleteHeading")} className="rounded-lg border border-red-200 bg-red-50/40 p-4">
        <p className="mt-3 text-slate-800">{t("deleteBody")}</p>
        <form action={deleteAccountAction} className="mt-4 flex flex-col gap-3">
          <input type="hidden" name="locale" value={locale} />
          {deleteProblem && (
            <p id="delete-problem" role="alert" className="rounded bg-red-100 p-3 font-semibold text-red-900">
              {t(`deleteProblem.${deleteProblem}`)}
            </p>
          )}
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              required
              aria-invalid={deleteProblem === "confirm" ? true : undefined}
              aria-describedby={deleteProblem ? "delete-problem" : undefined}
              className="mt-1 size-4"
            />
            <span>{t("deleteConfirm")}</span>
          </label>
          <button type="submit" className="self-start rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
            {t("deleteButton")}
          </button>
        </form>
      </Section>
    </>
  );
}
