import "server-only";
import * as hb from "harfbuzzjs";
import { faceFor, fontFaces, type FontFace, type Weight } from "./fonts";
import { visualRuns, type Direction } from "./visual-runs";

export type ShapeOptions = { size: number; weight?: Weight; base: Direction; lang?: string };
export type PlacedGlyph = { face: FontFace; id: number; x: number; y: number };
export type ShapedLine = { width: number; glyphs: PlacedGlyph[] };

const fonts = new Map<string, { font: hb.Font; upem: number }>();
function hbFont(face: FontFace) {
  let entry = fonts.get(face.key);
  if (!entry) {
    const hbFace = new hb.Face(new hb.Blob(face.data));
    entry = { font: new hb.Font(hbFace), upem: hbFace.upem };
    fonts.set(face.key, entry);
  }
  return entry;
}

/**
 * One line of text shaped by HarfBuzz: the glyphs each font chose (joined Arabic forms,
 * ligatures, marks placed) at their positions from the line's left edge, in pixels at
 * `size`, baseline at y = 0. Runs come from the bidirectional algorithm (visual-runs.ts), so a
 * Uyghur line reads right to left with numbers and Latin words inside it left to right.
 */
export function shapeLine(text: string, { size, weight = 400, base, lang }: ShapeOptions): ShapedLine {
  const faces = fontFaces(weight);
  const runs = visualRuns(text, { base, mirror: false, pickFace: (char, previous: FontFace | undefined) => faceFor(char, faces, previous) });
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  for (const run of runs) {
    const { font, upem } = hbFont(run.face);
    const scale = (size * run.face.scale) / upem;
    const buffer = new hb.Buffer();
    buffer.addText(run.text);
    buffer.guessSegmentProperties();
    buffer.setDirection(run.rtl ? hb.Direction.RTL : hb.Direction.LTR);
    if (lang) buffer.setLanguage(lang);
    hb.shape(font, buffer);
    // With a right-to-left direction HarfBuzz returns the glyphs already in drawing order.
    for (const glyph of buffer.getGlyphInfosAndPositions()) {
      glyphs.push({ face: run.face, id: glyph.codepoint, x: pen + (glyph.xOffset ?? 0) * scale, y: -(glyph.yOffset ?? 0) * scale });
      pen += (glyph.xAdvance ?? 0) * scale;
    }
  }
  return { width: pen, glyphs };
}

const paths = new Map<string, string>();

/** A glyph's outline as SVG path data in font units (y up). */
export function glyphPath(face: FontFace, id: number): string {
  const key = `${face.key}:${id}`;
  let path = paths.get(key);
  if (path === undefined) {
    path = hbFont(face).font.glyphToPath(id);
    paths.set(key, path);
  }
  return path;
}

/** The shaped line as SVG paths, its left end at x and its baseline at y. */
export function lineToSvg(line: ShapedLine, x: number, y: number, size: number, fill: string): string {
  return line.glyphs
    .map((g) => {
      const d = glyphPath(g.face, g.id);
      if (!d) return "";
      const s = (size * g.face.scale) / hbFont(g.face).upem;
      return `<path fill="${fill}" transform="translate(${round(x + g.x)} ${round(y + g.y)}) scale(${round(s, 5)} ${round(-s, 5)})" d="${d}"/>`;
    })
    .join("");
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
