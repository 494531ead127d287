import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localePath } from "@/lib/locale-path";
import { Section } from "@/components/section";

// Copy-and-paste code for other sites: the embed (the only page of ours another site may
// frame, and it runs no script) and the count badge. Plain read-only fields: no script to copy.
export async function EmbedSnippets({ origin, slug, title, locale }: { origin: string; slug: string; title: string; locale: string }) {
  const t = await getTranslations("Reach");
  const page = `${origin}${localePath(locale, `/campaigns/${slug}`)}`;
  const query = locale === "en" ? "" : `?locale=${locale}`;
  const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const embed = `<iframe src="${origin}${localePath(locale, `/embed/campaigns/${slug}`)}" title="${attr(title)}" width="100%" height="320" style="border:0;max-width:480px" loading="lazy"></iframe>`;
  const badge = `<a href="${page}"><img src="${origin}/api/campaigns/${slug}/badge.svg${query}" alt="${attr(t("badgeAlt", { title }))}"></a>`;
  return (
    <Section id="embed" heading={t("embedHeading")} size="small">
      <p className="mt-2 text-sm text-slate-700">{t("embedIntro")}</p>
      <label htmlFor="embed-code" className="mt-3 block text-sm font-semibold">
        {t("embedCode")}
      </label>
      <textarea id="embed-code" readOnly rows={4} dir="ltr" lang="en" value={embed} className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-xs" />
      <label htmlFor="badge-code" className="mt-3 block text-sm font-semibold">
        {t("badgeCode")}
      </label>
      <textarea id="badge-code" readOnly rows={3} dir="ltr" lang="en" value={badge} className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-xs" />
      <p className="mt-2 text-sm">
        <Link href="/developers" className="text-brand-700 underline">
          {t("openData")}
        </Link>
      </p>
    </Section>
  );
}
