import "server-only";
import { Resvg } from "@resvg/resvg-js";
import { lineToSvg, shapeLine, type ShapeOptions } from "@/lib/server/typography/shape-line";
import { textDirection, type Direction } from "@/lib/server/typography/visual-runs";
import { wrapText } from "@/lib/server/typography/wrap-text";

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** What a share card says; every string already in the card's language. */
export type ShareCard = {
  dir: Direction;
  lang: string;
  /** The site's name, at the top. */
  site: string;
  /** The campaign's title (or the site's tagline), large. */
  title: string;
  /** "12,345 signatures" and "of a goal of 100,000", with the share of the goal reached (0-1). */
  count?: { text: string; goal: string; progress: number };
  /** A line at the foot: the organisation and the site's address. */
  footer: string;
};

const MARGIN = 72;
const WIDTH = SHARE_IMAGE.width - 2 * MARGIN;
const COLORS = { brand: "#174c94", bar: "#1d5fb8", track: "#dbe3ee", text: "#0f172a", muted: "#475569" };

// One line of text set at the card's start edge (the right in Uyghur), in its own direction.
function textLine(text: string, y: number, options: ShapeOptions & { align: Direction; fill: string }): string {
  const shaped = shapeLine(text, options);
  const x = options.align === "rtl" ? SHARE_IMAGE.width - MARGIN - shaped.width : MARGIN;
  return lineToSvg(shaped, x, y, options.size, options.fill);
}

/**
 * The card as SVG: every letter is a path, shaped by HarfBuzz (visual-runs.ts and
 * shape-line.ts), so the rasteriser needs no fonts and cannot get Arabic script wrong.
 */
export function shareCardSvg(card: ShareCard): string {
  const align = card.dir;
  const lang = card.lang;
  const parts: string[] = [`<rect width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" fill="#ffffff"/>`, `<rect width="${SHARE_IMAGE.width}" height="14" fill="${COLORS.brand}"/>`];
  parts.push(textLine(card.site, 100, { size: 34, weight: 700, base: textDirection(card.site), align, fill: COLORS.brand, lang }));

  const titleBase = textDirection(card.title);
  const titleSize = card.count ? 58 : 64;
  const measure = (text: string) => shapeLine(text, { size: titleSize, weight: 700, base: titleBase, lang }).width;
  const titleLines = wrapText(card.title, { maxWidth: WIDTH, measure, maxLines: card.count ? 3 : 4 });
  titleLines.forEach((line, i) => {
    parts.push(textLine(line, 200 + i * (titleSize * 1.35), { size: titleSize, weight: 700, base: titleBase, align, fill: COLORS.text, lang }));
  });

  if (card.count) {
    const countLine = shapeLine(card.count.text, { size: 50, weight: 700, base: align, lang });
    const goalLine = shapeLine(card.count.goal, { size: 32, base: align, lang });
    const gap = 20;
    // The count, then the goal after it in reading order.
    const countX = align === "rtl" ? SHARE_IMAGE.width - MARGIN - countLine.width : MARGIN;
    const goalX = align === "rtl" ? countX - gap - goalLine.width : countX + countLine.width + gap;
    parts.push(lineToSvg(countLine, countX, 512, 50, COLORS.text), lineToSvg(goalLine, goalX, 512, 32, COLORS.muted));
    const filled = Math.round(WIDTH * Math.max(0, Math.min(1, card.count.progress)));
    const barX = align === "rtl" ? SHARE_IMAGE.width - MARGIN - filled : MARGIN;
    parts.push(`<rect x="${MARGIN}" y="538" width="${WIDTH}" height="24" rx="12" fill="${COLORS.track}"/>`);
    if (filled > 0) parts.push(`<rect x="${barX}" y="538" width="${Math.max(filled, 24)}" height="24" rx="12" fill="${COLORS.bar}"/>`);
  }
  parts.push(textLine(card.footer, card.count ? 604 : 580, { size: 26, base: textDirection(card.footer), align, fill: COLORS.muted, lang }));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" viewBox="0 0 ${SHARE_IMAGE.width} ${SHARE_IMAGE.height}">${parts.join("")}</svg>`;
}

/** The card as a 1200×630 PNG. */
export function renderShareImage(card: ShareCard): Buffer {
  return Buffer.from(new Resvg(shareCardSvg(card), { fitTo: { mode: "original" } }).render().asPng());
}
