import { formatter, translator } from "@/lib/server/i18n/translator";
import { languages } from "@/i18n/routing";
import { localeParam } from "@/lib/server/http/locale-param";
import { publicError, publicResponse } from "@/lib/server/http/public-response";
import { renderBadge } from "@/lib/server/share/render-badge";
import { getCampaignCount } from "@/lib/server/signatures/get-campaign-count";
import { ttlMemo } from "@/lib/ttl-memo";

// Like the count endpoint: each instance asks the database at most once a second per campaign.
const recentCount = ttlMemo(1_000, (slug) => getCampaignCount({ slug }));

// A campaign's count badge (SVG), in ?locale=. Public and read-only: there is no one to check.
// Badges are shown on other sites and in READMEs, whose proxies keep them a minute.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = localeParam(request);
  const count = await recentCount(slug);
  if (!count) return publicError(404, "not_found", "No public campaign has this slug.");
  const [t, c, format] = [translator(locale, "Embed"), translator(locale, "Count"), formatter(locale)];
  const svg = renderBadge({
    dir: languages[locale].dir,
    lang: locale,
    label: t("badgeLabel"),
    value: t("badgeValue", { count: format.number(count.signatureCount), goal: format.number(count.goal) }),
    progress: count.goal > 0 ? count.signatureCount / count.goal : 0,
    title: c("progressLabel", { count: format.number(count.signatureCount), goal: format.number(count.goal) }),
  });
  return publicResponse(request, svg, { contentType: "image/svg+xml; charset=utf-8", cacheControl: "public, max-age=60, stale-while-revalidate=600" });
}
