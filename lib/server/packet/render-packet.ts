import "server-only";
import PDFDocument from "pdfkit";
import type { Direction } from "@/lib/server/typography/visual-runs";
import { markdownToParagraphs } from "./markdown-to-paragraphs";
import { PdfWriter } from "./pdf-writer";

/** Everything a packet prints, already in its language: the renderer only lays it out. */
export type PacketContent = {
  dir: Direction;
  lang: string;
  title: string;
  /** Metadata: who made the document. */
  author: string;
  /** The organisation's logo (PNG or JPEG: PDF has no SVG), at the head of the first page. */
  logoFile?: string;
  header: string;
  summary: string;
  body: string;
  countLine: string;
  asOf: string;
  sections: {
    targets: { heading: string; items: { name: string; detail: string }[] };
    countries: { heading: string; rows: { name: string; count: string }[]; note: string };
    demand: { heading: string };
    timeline: { heading: string; empty: string; items: { date: string; title: string; lines: string[] }[] };
    honesty: { heading: string; paragraphs: string[] };
    signers: { heading: string; intro: string; items: { name: string; comment: string | null }[]; more: string | null };
  };
  footer: string;
};

const MARGIN = 56;

/**
 * The delivery packet as a PDF (A4): the demand, whom it is addressed to, the count and the
 * countries under the public disclosure rule, the tracker timeline, how the count is kept
 * honest, and the names (and comments) of the signers who chose to show them. Uyghur text is
 * shaped and set right to left by PdfWriter; every page carries a footer with its number.
 */
export function renderPacket(content: PacketContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    lang: content.lang,
    displayTitle: true,
    info: { Title: content.title, Author: content.author, Subject: content.header, Creator: content.author },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  PdfWriter.registerFonts(doc);
  const w = new PdfWriter(doc, { dir: content.dir, margin: MARGIN });
  const s = content.sections;
  // Lines the packet composes read in its own direction; what people wrote (titles, the
  // demand, names, comments) in the direction of its own first letter.
  const dir = content.dir;
  if (content.logoFile) {
    const height = 36;
    doc.image(content.logoFile, dir === "rtl" ? doc.page.width - MARGIN - 160 : MARGIN, w.y, { fit: [160, height], ...(dir === "rtl" ? { align: "right" as const } : {}) });
    w.y += height + 10;
  }
  w.text(content.header, { size: 10, weight: 700, color: "#174c94", gap: 10, dir });
  w.heading(content.title, 1);
  if (content.summary) w.text(content.summary, { size: 12, color: "#334155", gap: 12 });
  w.text(content.countLine, { size: 16, weight: 700, gap: 2, dir });
  w.text(content.asOf, { size: 10, color: "#475569", gap: 10, dir });
  w.rule();

  w.heading(s.targets.heading);
  for (const target of s.targets.items) {
    w.text(target.name, { weight: 700, gap: 0 });
    w.text(target.detail, { size: 10, color: "#334155", dir });
  }

  w.heading(s.countries.heading);
  for (const row of s.countries.rows) w.text(`${row.name}: ${row.count}`, { gap: 2, dir });
  w.text(s.countries.note, { size: 9, color: "#475569", gap: 8, dir });

  w.heading(s.demand.heading);
  for (const paragraph of markdownToParagraphs(content.body)) w.text(paragraph.text, paragraph.heading ? { weight: 700, gap: 2 } : { gap: 6 });

  w.heading(s.timeline.heading);
  if (s.timeline.items.length === 0) w.text(s.timeline.empty, { color: "#475569", dir });
  for (const item of s.timeline.items) {
    w.text(item.date, { size: 10, weight: 700, color: "#174c94", gap: 0, dir });
    w.text(item.title, { weight: 700, gap: 2 });
    for (const line of item.lines) w.text(line, { size: 9.5, color: "#334155", gap: 2 });
    w.y += 6;
  }

  w.heading(s.honesty.heading);
  for (const paragraph of s.honesty.paragraphs) w.text(paragraph, { size: 10, gap: 4, dir });

  w.heading(s.signers.heading);
  w.text(s.signers.intro, { size: 10, color: "#334155", gap: 8, dir });
  for (const signer of s.signers.items) {
    w.text(signer.name, { size: 10, weight: 700, gap: signer.comment ? 0 : 4 });
    if (signer.comment) w.text(signer.comment, { size: 9.5, color: "#334155", gap: 6, indent: 12 });
  }
  if (s.signers.more) w.text(s.signers.more, { size: 10, color: "#475569", dir });

  // Page numbers, once the number of pages is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const footer = new PdfWriter(doc, { dir: content.dir, margin: MARGIN, flow: false });
    footer.y = doc.page.height - MARGIN + 14;
    footer.text(content.footer.replace("{page}", String(i + 1)).replace("{pages}", String(range.count)), { size: 8, color: "#64748b", gap: 0, dir });
  }
  doc.end();
  return done;
}
