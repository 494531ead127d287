import "server-only";
import { formatter, translator } from "@/lib/server/i18n/translator";
import { languages, routing, type Locale } from "@/i18n/routing";
import { localePath } from "@/lib/locale-path";
import { siteOrigin } from "@/lib/server/config";
import { siteName } from "@/lib/server/organisation";
import { countryNamer } from "@/lib/validation/countries";
import type { CampaignGlance } from "@/lib/server/campaigns/get-campaign-glance";
import { escapeHtml as h } from "@/lib/http/escape-html";
import { standalonePage } from "@/lib/http/standalone-page";
import type { PublicBreakdown } from "@/lib/server/disclosure/public-breakdown";

// Languages written in Arabic script (Uyghur) are set in Naskh, as on the pages.
const ARABIC_SCRIPT = routing.locales.filter((l) => languages[l].script === "Arab").map((l) => `:lang(${l})`).join(",");

const STYLE = `
@font-face{font-family:"Noto Naskh Arabic";font-weight:400;src:url(/api/fonts/naskh-arabic-400.woff2) format("woff2");unicode-range:U+0600-06FF,U+0750-077F,U+200C-200E,U+FB50-FDFF,U+FE70-FEFC}
@font-face{font-family:"Noto Naskh Arabic";font-weight:700;src:url(/api/fonts/naskh-arabic-700.woff2) format("woff2");unicode-range:U+0600-06FF,U+0750-077F,U+200C-200E,U+FB50-FDFF,U+FE70-FEFC}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,Arial,"Noto Naskh Arabic",sans-serif;color:#0f172a;background:#fff}
${ARABIC_SCRIPT}{font-family:"Noto Naskh Arabic",ui-sans-serif,system-ui,sans-serif;line-height:1.8}
main{padding:16px;border:1px solid #cbd5e1;border-radius:8px;min-height:100vh}
.site{margin:0;font-size:14px;font-weight:700;color:#174c94}
h1{margin:4px 0 12px;font-size:20px;line-height:1.3}
.count{margin:0;font-size:24px;font-weight:700}
.goal{font-size:15px;font-weight:400;color:#475569}
.track{margin-top:6px;height:12px;border-radius:6px;background:#e2e8f0;overflow:hidden}
.fill{height:100%;background:#1d5fb8;border-radius:6px}
.percent{margin:4px 0 0;font-size:14px;color:#475569}
.countries{margin:10px 0 0;padding:0;list-style:none;font-size:14px;color:#334155;display:flex;flex-wrap:wrap;gap:4px 14px}
.sign{display:inline-block;margin-top:14px;padding:8px 16px;border-radius:6px;background:#174c94;color:#fff;font-weight:700;text-decoration:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.sign:focus-visible{outline:3px solid #1d5fb8;outline-offset:2px}
`;

// How many countries an embed names (the rest are counted in with "other countries").
const TOP_COUNTRIES = 5;

/**
 * A campaign's embed: plain HTML with its own small stylesheet, no script, no cookie, and
 * nothing loaded from anywhere but this site (its Uyghur font). Another site frames it; the
 * link opens the campaign here in a new tab, so signing never happens inside someone else's page.
 */
export function renderEmbed({ campaign, breakdown, locale }: { campaign: CampaignGlance; breakdown: PublicBreakdown; locale: Locale }): string {
  const [t, count, format, site] = [translator(locale, "Embed"), translator(locale, "Count"), formatter(locale), siteName(locale)];
  const percent = campaign.goal > 0 ? Math.min(100, Math.floor((campaign.signatureCount / campaign.goal) * 100)) : 0;
  const open = campaign.status === "OPEN" && (!campaign.closesAt || campaign.closesAt.getTime() > Date.now());
  const url = `${siteOrigin()}${localePath(locale, `/campaigns/${campaign.slug}`)}`;
  const nameOf = countryNamer(locale);
  const shown = breakdown.countries.slice(0, TOP_COUNTRIES);
  const rest = breakdown.countries.slice(TOP_COUNTRIES).reduce((sum, c) => sum + c.count, 0) + (breakdown.otherCountries ?? 0);
  const countries = [
    ...shown.map((c) => {
      const name = nameOf(c.country);
      return `<li><span lang="${h(name.lang)}">${h(name.name)}</span>: ${h(format.number(c.count))}</li>`;
    }),
    // Countries past the first few, with the pool of small ones when it may be shown at all.
    ...(rest > 0 ? [`<li>${h(t("otherCountries"))}: ${h(format.number(rest))}</li>`] : []),
  ];
  const countText = count("signatures", { count: campaign.signatureCount });
  const goalText = count("ofGoal", { goal: format.number(campaign.goal) });
  return standalonePage({
    locale,
    title: `${campaign.title} · ${site}`,
    style: STYLE,
    main: `<p class="site"><bdi>${h(site)}</bdi></p>
<h1 lang="${h(campaign.lang)}" dir="auto">${h(campaign.title)}</h1>
<p class="count"><span data-count="${campaign.signatureCount}">${h(countText)}</span> <span class="goal">${h(goalText)}</span></p>
<div class="track" role="progressbar" aria-label="${h(count("progressLabel", { count: format.number(campaign.signatureCount), goal: format.number(campaign.goal) }))}" aria-valuemin="0" aria-valuemax="${campaign.goal}" aria-valuenow="${Math.min(campaign.signatureCount, campaign.goal)}"><div class="fill" style="width:${percent}%"></div></div>
<p class="percent">${h(count("percent", { percent: format.number(percent) }))}</p>
${countries.length > 0 ? `<ul class="countries" aria-label="${h(t("countries"))}">${countries.join("")}</ul>` : ""}
<a class="sign" href="${h(url)}" target="_blank" rel="noopener">${h(open ? t("sign") : t("read"))}<span class="sr"> ${h(t("newTab"))}</span></a>`,
  });
}
