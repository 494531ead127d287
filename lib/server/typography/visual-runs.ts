import bidiFactory from "bidi-js";

const bidi = bidiFactory();

export type Direction = "ltr" | "rtl";

/** A piece of one line, in one face and one direction, listed in the order it is drawn (left to right). */
export type VisualRun<F> = {
  /** The text in logical order; with `mirror`, right-to-left brackets are swapped ("(" ↔ ")"). */
  text: string;
  rtl: boolean;
  face: F;
};

/**
 * Splits one line into runs a shaper can take one at a time, in drawing order: the Unicode
 * Bidirectional Algorithm (UAX #9, through bidi-js) gives each character its level; a run is
 * a stretch of one level and one face; runs are then reordered by rule L2 (from the highest
 * level down to the lowest odd one, reverse every sequence at that level or above). Within a
 * run the shaper lays out right-to-left text itself, so the run keeps its logical order and
 * Arabic letters join as they should.
 */
export function visualRuns<F>(
  line: string,
  { base, mirror, pickFace }: { base: Direction; mirror: boolean; pickFace: (char: string, previous: F | undefined) => F },
): VisualRun<F>[] {
  if (line.length === 0) return [];
  const embedding = bidi.getEmbeddingLevels(line, base);
  // HarfBuzz mirrors brackets in a right-to-left run itself; fontkit (PDFKit) does not.
  const mirrored = mirror ? bidi.getMirroredCharactersMap(line, embedding.levels) : new Map<number, string>();
  type Logical = { chars: string[]; level: number; face: F };
  const runs: Logical[] = [];
  let index = 0;
  let previous: F | undefined;
  for (const char of line) {
    const level = embedding.levels[index]!;
    const face = pickFace(char, previous);
    const shown = mirrored.get(index) ?? char;
    const last = runs[runs.length - 1];
    if (last && last.level === level && last.face === face) last.chars.push(shown);
    else runs.push({ chars: [shown], level, face });
    previous = face;
    index += char.length;
  }
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : Infinity)));
  for (let level = highest; level >= lowestOdd && Number.isFinite(lowestOdd); level--) {
    for (let start = 0; start < runs.length; ) {
      if (runs[start]!.level < level) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < runs.length && runs[end + 1]!.level >= level) end++;
      runs.splice(start, end - start + 1, ...runs.slice(start, end + 1).reverse());
      start = end + 1;
    }
  }
  return runs.map((r) => ({ text: r.chars.join(""), rtl: r.level % 2 === 1, face: r.face }));
}

/** The direction a piece of text reads in, from its first strong character (rule P2). */
export function textDirection(text: string): Direction {
  return bidi.getEmbeddingLevels(text, "auto").paragraphs[0]?.level === 1 ? "rtl" : "ltr";
}
