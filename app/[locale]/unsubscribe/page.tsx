import type { Metadata } from "next";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getUnsubscribeState } from "@/lib/server/updates/get-unsubscribe-state";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Unsubscribe" });
  return pageMetadata({ locale, path: "/unsubscribe", title: t("title"), index: false });
}

// Where the unsubscribe link in an update email lands. Opening it (GET) changes nothing, since
// mail scanners open links; the button POSTs to /api/unsubscribe, which sends the browser back
// here, and the page then reads that no more emails will come. Plain HTML form: no JavaScript.
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations("Unsubscribe");
  const state = typeof token === "string" ? await getUnsubscribeState({ token, locale }) : null;

  if (!state) {
    return (
      <div className="mx-auto max-w-lg">
        <h1 className="text-3xl font-bold">{t("invalidHeading")}</h1>
        <p className="mt-4 text-lg text-slate-800">{t("invalid")}</p>
      </div>
    );
  }

  const campaignLink = (
    <Link href={`/campaigns/${state.campaign.slug}`} className="mt-6 inline-block font-semibold text-brand-700 underline">
      {t("campaignLink")}
    </Link>
  );

  if (!state.subscribed) {
    return (
      <div className="mx-auto max-w-lg">
        <h1 className="text-3xl font-bold">{t("doneHeading")}</h1>
        <p role="status" className="mt-4 text-lg text-slate-800">
          {t("done")}
        </p>
        <p className="mt-2 text-slate-700">{t("followAgain")}</p>
        {campaignLink}
      </div>
    );
  }

  const action = `/api/unsubscribe?${new URLSearchParams({ token: String(token), via: "page", locale })}`;
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-4 text-lg text-slate-800">
        {t.rich("intro", { title: state.campaign.title, bdi: (chunks) => <bdi lang={state.campaign.lang}>{chunks}</bdi> })}
      </p>
      <p className="mt-2 text-slate-700">{t("explain")}</p>
      <form method="post" action={action} className="mt-6">
        {/* The same body a mail client's one-click request carries (RFC 8058). */}
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" className="rounded bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800">
          {t("button")}
        </button>
      </form>
    </div>
  );
}
