import { useFormatter, useTranslations } from "next-intl";
import { MarkdownText } from "@/components/markdown";
import type { PublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { Section } from "@/components/section";

// The updates staff sent to followers, newest first, in the language the campaign is written in.
export function CampaignUpdates({ updates, lang }: { updates: PublicCampaign["updates"]; lang: string }) {
  const t = useTranslations("Campaign");
  const format = useFormatter();
  return (
    <Section id="updates" heading={t("updates")} className="mt-10">
      {updates.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("updatesEmpty")}</p>
      ) : (
        <ol className="mt-4 flex flex-col gap-6">
          {updates.map((u) => (
            <li key={u.id} id={`update-${u.id}`} className="scroll-mt-4 rounded border border-slate-200 bg-white p-4">
              <article aria-labelledby={`update-title-${u.id}`}>
                <time dateTime={u.createdAt.toISOString()} className="text-sm font-semibold text-brand-700">
                  {format.dateTime(u.createdAt, { dateStyle: "long", timeZone: "UTC" })}
                </time>
                <h3 id={`update-title-${u.id}`} className="mt-1 text-lg font-bold" dir="auto" lang={lang}>
                  {u.title}
                </h3>
                <div className="mt-2">
                  <MarkdownText lang={lang}>{u.body}</MarkdownText>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
