import type { Metadata } from "next";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { FollowForm } from "@/components/signing/follow-form";
import { WithdrawForm } from "@/components/signing/withdraw-form";
import { signOutAction, signOutEverywhereAction } from "@/lib/actions/auth";
import { deleteAccountAction } from "@/lib/actions/account";
import { can, getViewer } from "@/lib/server/authz";
import { listMyCampaigns } from "@/lib/server/me/list-my-campaigns";
import { localePath } from "@/lib/locale-path";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ delete?: string }> };
const DELETE_PROBLEMS = ["confirm", "last_admin"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Me" });
  return pageMetadata({ locale, path: "/me", title: t("title"), index: false });
}

export default async function MePage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const deleteProblem = DELETE_PROBLEMS.find((p) => p === query.delete);
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) redirect(`${localePath(locale, "/signin")}?${new URLSearchParams({ callbackUrl: localePath(locale, "/me") })}`);
  const [t, tSignIn, format, campaigns] = await Promise.all([
    getTranslations("Me"),
    getTranslations("SignIn"),
    getFormatter(),
    listMyCampaigns({ userId: viewer.id, locale }),
  ]);
  const signed = campaigns.filter((c) => c.signedAt);
  const following = campaigns.filter((c) => c.following);

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        {can(viewer, "admin:enter") && (
          <Link href="/admin" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            {t("admin")}
          </Link>
        )}
      </div>

      <section aria-labelledby="signed-heading">
        <h2 id="signed-heading" className="text-2xl font-bold">
          {t("signed")}
        </h2>
        {signed.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("signedEmpty")}</p>
        ) : (
          <ul className="mt-4 flex flex-col gap-4">
            {signed.map((c) => (
              <li key={c.slug} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={`/campaigns/${c.slug}`} lang={c.lang} className="text-lg font-bold text-brand-800 underline">
                  {c.title}
                </Link>
                {c.signedAt && <p className="text-sm text-slate-600">{t("signedOn", { date: format.dateTime(c.signedAt, { dateStyle: "long" }) })}</p>}
                <WithdrawForm slug={c.slug} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="following-heading">
        <h2 id="following-heading" className="text-2xl font-bold">
          {t("following")}
        </h2>
        {following.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("followingEmpty")}</p>
        ) : (
          <ul className="mt-4 flex flex-col gap-4">
            {following.map((c) => (
              <li key={c.slug} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={`/campaigns/${c.slug}`} lang={c.lang} className="text-lg font-bold text-brand-800 underline">
                  {c.title}
                </Link>
                <div className="mt-2">
                  <FollowForm slug={c.slug} locale={locale} following />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="account-heading">
        <h2 id="account-heading" className="text-2xl font-bold">
          {t("account")}
        </h2>
        <p className="mt-3 text-slate-700">{tSignIn("signedInAs", { email: viewer.email })}</p>
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
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading" className="text-2xl font-bold">
          {t("data")}
        </h2>
        <p className="mt-3 text-slate-700">{t("dataBody")}</p>
        <p className="mt-4">
          <a href="/api/me/export" download className="inline-block rounded border border-slate-500 px-4 py-2 font-semibold">
            {t("download")}
          </a>
        </p>
      </section>

      <section aria-labelledby="delete-heading" className="rounded-lg border border-red-200 bg-red-50/40 p-4">
        <h2 id="delete-heading" className="text-2xl font-bold">
          {t("deleteHeading")}
        </h2>
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
      </section>
    </div>
  );
}
