import type { Metadata } from "next";
import { pageMetadata } from "@/lib/server/seo/page-metadata";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { RECENT_SIGN_IN_HOURS } from "@/lib/auth/recent-sign-in";
import { DISCLOSURE_THRESHOLD } from "@/lib/server/disclosure/public-breakdown";
import { retentionSchedule, type RetentionPeriod } from "@/lib/server/retention/retention-schedule";
import { config } from "@/lib/server/config";
import { Section } from "@/components/section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return pageMetadata({ locale, path: "/privacy", title: t("title"), description: t("heading") });
}

const KEPT = ["email", "signature", "follow", "sessions", "emails", "limits", "nothingElse"] as const;
const SEE = ["everyone", "countries", "nobodyList", "you", "staff", "operators"] as const;
const CHOICES = ["consent", "download", "withdraw", "stop", "delete"] as const;
const DECIDED = ["noCountry", "nameCountry", "review", "follows", "audit", "staffAccounts"] as const;

const periodValues = (period: RetentionPeriod) => (period === "expiry" ? {} : period);

// What is kept, for how long, who sees what, and how to take it back. The periods come from the
// retention schedule the clean-up job applies (lib/server/retention/), the thresholds from the
// constants the code enforces, so the page cannot promise what the site does not do. Rendered
// per request: the settings are this server's, read when it started.
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("Privacy");
  const schedule = retentionSchedule();
  const section = (id: string, heading: string, items: string[], after?: ReactNode) => (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      <ul className="mt-4 flex list-disc flex-col gap-2 ps-6 text-slate-800">
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {after}
    </section>
  );

  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold md:text-4xl">{t("heading")}</h1>
      <p className="mt-4 text-lg text-slate-800">{t("intro")}</p>
      {section("kept-heading", t("keptHeading"), KEPT.map((k) => t(`kept.${k}`)))}
      {section(
        "how-long-heading",
        t("howLongHeading"),
        [...schedule.map((entry) => t(`retention.${entry.id}` as "retention.emails", periodValues(entry.period))), t("retention.now")],
        <p className="mt-3 text-slate-700">{t("retention.runs", { hours: config().retention.runEveryHours })}</p>,
      )}
      {section(
        "see-heading",
        t("seeHeading"),
        SEE.map((k) => t(`see.${k}`, { n: DISCLOSURE_THRESHOLD, hours: RECENT_SIGN_IN_HOURS })),
      )}
      {section(
        "choices-heading",
        t("choicesHeading"),
        CHOICES.map((k) => t(`choices.${k}`)),
        <p className="mt-4">
          <Link href="/me" className="font-semibold text-brand-700 underline">
            {t("choices.myAccount")}
          </Link>
        </p>,
      )}
      <Section id="other-sites" heading={t("otherSitesHeading")} className="mt-10">
        <p className="mt-4 text-slate-800">{t("otherSites")}</p>
      </Section>
      {section("decided-heading", t("decidedHeading"), DECIDED.map((k) => t(`decided.${k}`)))}
    </article>
  );
}
