import "server-only";
import { lineToSvg, shapeLine } from "@/lib/server/typography/shape-line";
import type { Direction } from "@/lib/server/typography/visual-runs";

export type Badge = { dir: Direction; lang: string; label: string; value: string; progress: number; title: string };

const HEIGHT = 28;
const PAD = 10;
const SIZE = 13;
const COLORS = { label: "#334155", value: "#174c94", track: "#93b4e0", bar: "#ffffff" };

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A count badge in the style of shields.io: the label, then the figure, in reading order (so
 * the label is on the right in Uyghur), with a thin bar for the share of the goal, filling
 * from the reading start. Letters are paths shaped by HarfBuzz, so the badge looks the same
 * wherever it is shown, with no font to load; the <title> carries the words for screen
 * readers and for anyone reading the file.
 */
export function renderBadge(badge: Badge): string {
  const label = shapeLine(badge.label, { size: SIZE, weight: 700, base: badge.dir, lang: badge.lang });
  const value = shapeLine(badge.value, { size: SIZE, weight: 700, base: badge.dir, lang: badge.lang });
  const labelWidth = Math.ceil(label.width) + 2 * PAD;
  const valueWidth = Math.ceil(value.width) + 2 * PAD;
  const width = labelWidth + valueWidth;
  const rtl = badge.dir === "rtl";
  const labelX = rtl ? valueWidth : 0;
  const valueX = rtl ? 0 : labelWidth;
  const baseline = 18;
  const filled = Math.round(valueWidth * Math.max(0, Math.min(1, badge.progress)));
  const barX = rtl ? valueX + valueWidth - filled : valueX;
  const title = escapeXml(badge.title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<clipPath id="r"><rect width="${width}" height="${HEIGHT}" rx="4"/></clipPath>`,
    `<g clip-path="url(#r)">`,
    `<rect x="${labelX}" width="${labelWidth}" height="${HEIGHT}" fill="${COLORS.label}"/>`,
    `<rect x="${valueX}" width="${valueWidth}" height="${HEIGHT}" fill="${COLORS.value}"/>`,
    `<rect x="${valueX}" y="${HEIGHT - 4}" width="${valueWidth}" height="4" fill="${COLORS.track}"/>`,
    filled > 0 ? `<rect x="${barX}" y="${HEIGHT - 4}" width="${filled}" height="4" fill="${COLORS.bar}"/>` : "",
    `</g>`,
    lineToSvg(label, labelX + PAD, baseline, SIZE, "#ffffff"),
    lineToSvg(value, valueX + PAD, baseline, SIZE, "#ffffff"),
    `</svg>`,
  ].join("");
}
