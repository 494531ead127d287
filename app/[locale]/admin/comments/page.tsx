import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CommentReviewButtons } from "@/components/admin/comment-review-buttons";
import { requireAdminPage } from "@/lib/server/authz";
import { listCommentsForReview } from "@/lib/server/admin/list-comments-for-review";
import { Section } from "@/components/section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin.review" });
  return { title: t("heading") };
}

// The review queue: every named comment waiting for a decision, oldest first, with how many
// wait per campaign. Nothing is public until approved here.
export default async function CommentQueuePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdminPage("/admin/comments");
  const [t, format, { comments: queue, campaigns }] = await Promise.all([getTranslations("Admin.review"), getFormatter(), listCommentsForReview()]);
  const total = campaigns.reduce((sum, c) => sum + c.waiting, 0);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      {total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <Section id="per-campaign" heading={t("perCampaign", { count: total })} size="small">
            <ul className="mt-2 flex flex-col gap-1">
              {campaigns.map((c) => (
                <li key={c.id}>
                  <Link href={`/admin/campaigns/${c.id}#moderation-heading`} lang={c.lang} className="text-brand-800 underline">
                    {c.title}
                  </Link>
                  {": "}
                  {t("waiting", { count: c.waiting })}
                </li>
              ))}
            </ul>
          </Section>
          <ol className="flex flex-col gap-3" aria-label={t("queue")}>
            {queue.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-200 bg-white p-3">
                <div className="min-w-0 flex-1">
                  <p className="text-sm text-slate-600">
                    <bdi lang={c.campaignLang}>{c.campaignTitle}</bdi>
                    {" · "}
                    <time dateTime={c.writtenAt.toISOString()}>{format.dateTime(c.writtenAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </p>
                  <p className="font-semibold">
                    <bdi>{c.name}</bdi>
                  </p>
                  <p className="whitespace-pre-line" dir="auto">
                    {c.comment}
                  </p>
                </div>
                <CommentReviewButtons signatureId={c.id} label={t("decide", { name: c.name })} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
