import "server-only";
import type PDFDocument from "pdfkit";
import { faceFor, fontFaces, type FontFace, type Weight } from "@/lib/server/typography/fonts";
import { textDirection, visualRuns, type Direction, type VisualRun } from "@/lib/server/typography/visual-runs";
import { wrapText } from "@/lib/server/typography/wrap-text";

type Doc = InstanceType<typeof PDFDocument>;
export type TextStyle = { size?: number; weight?: Weight; color?: string; gap?: number; indent?: number; dir?: Direction; lineHeight?: number };

const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * Text for PDFKit, written right for Arabic script. PDFKit shapes a string through fontkit
 * (joining forms, marks) and, for Arabic script, returns its glyphs right to left; it does
 * not reorder a line that mixes directions, and it lays out a string with spaces word by word
 * in logical order. So each line is cut into runs by the bidirectional algorithm
 * (visual-runs.ts), runs are drawn one by one from the left at measured widths, and each run
 * is shaped whole (features: []). A right-to-left run with no Arabic letter (brackets,
 * punctuation, spaces) is reversed here, since fontkit will not.
 */
export class PdfWriter {
  readonly doc: Doc;
  readonly dir: Direction;
  private readonly margin: number;
  /** False for text in the margins (the page footer): it never starts a new page. */
  private readonly flow: boolean;
  y: number;

  constructor(doc: Doc, { dir, margin, flow = true }: { dir: Direction; margin: number; flow?: boolean }) {
    this.doc = doc;
    this.dir = dir;
    this.margin = margin;
    this.flow = flow;
    this.y = margin;
  }

  /** Makes the fonts known to a document, once, before any writer uses it. */
  static registerFonts(doc: Doc) {
    for (const weight of [400, 700] as const) for (const face of fontFaces(weight)) doc.registerFont(face.key, face.data);
  }

  get width(): number {
    return this.doc.page.width - 2 * this.margin;
  }

  private runs(line: string, base: Direction, weight: Weight): VisualRun<FontFace>[] {
    const faces = fontFaces(weight);
    return visualRuns(line, { base, mirror: true, pickFace: (char, previous: FontFace | undefined) => faceFor(char, faces, previous) });
  }

  private static drawnText(run: VisualRun<FontFace>): string {
    return run.rtl && !ARABIC_LETTER.test(run.text) ? [...run.text].reverse().join("") : run.text;
  }

  private runWidth(run: VisualRun<FontFace>, size: number): number {
    return this.doc.font(run.face.key).fontSize(size * run.face.scale).widthOfString(PdfWriter.drawnText(run), { features: [] });
  }

  measure(line: string, { size = 11, weight = 400, dir }: TextStyle = {}): number {
    return this.runs(line, dir ?? textDirection(line), weight).reduce((sum, run) => sum + this.runWidth(run, size), 0);
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensure(height: number) {
    if (this.flow && this.y + height > this.doc.page.height - this.margin) {
      this.doc.addPage();
      this.y = this.margin;
    }
  }

  /** A paragraph, wrapped to the page, set at the document's start edge. */
  text(content: string, style: TextStyle = {}) {
    const { size = 11, weight = 400, color = "#0f172a", gap = 6, indent = 0 } = style;
    const base = style.dir ?? textDirection(content);
    const arabic = ARABIC_LETTER.test(content);
    const lineHeight = style.lineHeight ?? size * (arabic ? 1.9 : 1.4);
    const maxWidth = this.width - indent;
    const lines = wrapText(content, { maxWidth, measure: (t) => this.measure(t, { size, weight, dir: base }) });
    for (const line of lines) {
      this.ensure(lineHeight);
      const runs = this.runs(line, base, weight);
      const widths = runs.map((run) => this.runWidth(run, size));
      const total = widths.reduce((a, b) => a + b, 0);
      let x = this.dir === "rtl" ? this.doc.page.width - this.margin - indent - total : this.margin + indent;
      const baseline = this.y + size * (arabic ? 1.3 : 1.05);
      // Naskh draws a dotted letter as a dotless form plus its dots, so the glyphs alone do not
      // say which letter they are: copying or searching the text would find the wrong word.
      // The line's text, in reading order, goes with it as ActualText (PDF 1.7, 14.9.4).
      this.doc.markContent("Span", { actual: line });
      runs.forEach((run, i) => {
        this.doc.font(run.face.key).fontSize(size * run.face.scale).fillColor(color);
        this.doc.text(PdfWriter.drawnText(run), x, baseline, { lineBreak: false, features: [], baseline: "alphabetic" });
        x += widths[i]!;
      });
      this.doc.endMarkedContent();
      this.y += lineHeight;
    }
    this.y += gap;
  }

  heading(content: string, level: 1 | 2 = 2) {
    this.ensure(level === 1 ? 60 : 48);
    this.y += level === 1 ? 0 : 8;
    this.text(content, { size: level === 1 ? 20 : 14, weight: 700, color: level === 1 ? "#0f172a" : "#174c94", gap: 4 });
  }

  rule() {
    this.ensure(12);
    this.doc.moveTo(this.margin, this.y + 4).lineTo(this.doc.page.width - this.margin, this.y + 4).lineWidth(0.5).strokeColor("#cbd5e1").stroke();
    this.y += 12;
  }
}
