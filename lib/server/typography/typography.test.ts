import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { markdownToParagraphs } from "@/lib/server/packet/markdown-to-paragraphs";
import { textDirection, visualRuns } from "./visual-runs";
import { woffToSfnt } from "./woff-to-sfnt";
import { wrapText } from "./wrap-text";

// One "face" per script, so runs split where a real font change would.
const pickFace = (char: string) => (/\p{Script=Arabic}/u.test(char) ? "arabic" : "latin");

describe("visual runs (UAX #9)", () => {
  it("sets a Uyghur line right to left, numbers and Latin words inside it left to right", () => {
    const runs = visualRuns("ئىمزا 12,345 ۋە ICC", { base: "rtl", mirror: false, pickFace });
    // Drawn from the left: the last logical word first.
    expect(runs.filter((r) => r.text.trim()).map((r) => [r.text.trim(), r.rtl])).toEqual([
      ["ICC", false],
      ["ۋە", true],
      ["12,345", false],
      ["ئىمزا", true],
    ]);
  });

  it("mirrors brackets in a right-to-left run only when asked (fontkit does not, HarfBuzz does)", () => {
    // "A (B)" right to left is drawn, from the left: the closing bracket, B, the opening one, A;
    // each bracket's glyph is the other one's, so that both open towards B.
    const line = "ئىمزا (نىشان)";
    expect(visualRuns(line, { base: "rtl", mirror: true, pickFace }).map((r) => r.text)).toEqual(["(", "نىشان", " )", "ئىمزا"]);
    expect(visualRuns(line, { base: "rtl", mirror: false, pickFace }).map((r) => r.text)).toEqual([")", "نىشان", " (", "ئىمزا"]);
  });

  it("leaves a left-to-right line in order and finds a text's direction from its first letter", () => {
    expect(visualRuns("Hello 12", { base: "ltr", mirror: false, pickFace }).map((r) => r.text)).toEqual(["Hello 12"]);
    expect(textDirection("ئىمزا ICC")).toBe("rtl");
    expect(textDirection("ICC ئىمزا")).toBe("ltr");
  });
});

describe("wrapText", () => {
  const measure = (text: string) => text.length;
  it("breaks at spaces in logical order, breaks an over-long word, and ends a cut text with an ellipsis", () => {
    expect(wrapText("one two three four", { maxWidth: 9, measure })).toEqual(["one two", "three", "four"]);
    expect(wrapText("abcdefghij", { maxWidth: 4, measure })).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapText("one two three four five", { maxWidth: 9, measure, maxLines: 2 })).toEqual(["one two", "three…"]);
  });
});

describe("woffToSfnt", () => {
  it("unpacks a WOFF 1.0 font into an OpenType file with the same tables", () => {
    const woff = readFileSync("node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff");
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    const tags = Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => sfnt.subarray(12 + i * 16, 16 + i * 16).toString("latin1"));
    expect(tags).toEqual(expect.arrayContaining(["GSUB", "GPOS", "cmap", "glyf"]));
    expect(() => woffToSfnt(Buffer.from("not a font at all"))).toThrow(/WOFF/);
  });
});

describe("markdownToParagraphs", () => {
  it("keeps words, marks headings, makes each list item a paragraph and keeps link addresses", () => {
    expect(markdownToParagraphs("## Why\n\nThe **demand** is [here](https://example.org).\n\n- one\n- two")).toEqual([
      { text: "Why", heading: true },
      { text: "The demand is here (https://example.org).", heading: false },
      { text: "• one", heading: false },
      { text: "• two", heading: false },
    ]);
  });
});
