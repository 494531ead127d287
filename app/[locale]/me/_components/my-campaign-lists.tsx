import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { FollowForm } from "@/components/signing/follow-form";
import { WithdrawForm } from "@/components/signing/withdraw-form";
import { signingText } from "@/components/signing/signing-text-server";
import type { MyCampaign } from "@/lib/server/me/list-my-campaigns";
import { Section } from "@/components/section";

// What a person signed and follows, and the download of their data: only ever rendered for a
// recent sign-in (see the page).
export async function MyCampaignLists({ campaigns, locale }: { campaigns: MyCampaign[]; locale: string }) {
  const [t, format, text] = await Promise.all([getTranslations("Me"), getFormatter(), signingText(locale)]);
  const signed = campaigns.filter((c) => c.signedAt);
  const following = campaigns.filter((c) => c.following);
  return (
    <>
      <Section id="signed" heading={t("signed")}>
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
                <WithdrawForm slug={c.slug} locale={locale} text={text} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="following" heading={t("following")}>
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
                  <FollowForm slug={c.slug} locale={locale} text={text} following positionEmails={c.positionEmails} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="data" heading={t("data")}>
        <p className="mt-3 text-slate-700">{t("dataBody")}</p>
        <p className="mt-4">
          <a href="/api/me/export" download className="inline-block rounded border border-slate-500 px-4 py-2 font-semibold">
            {t("download")}
          </a>
        </p>
      </Section>
    </>
  );
}
