import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as hb from "harfbuzzjs";
import { woffToSfnt } from "./woff-to-sfnt";

export type Weight = 400 | 700;

export type FontFace = {
  key: string;
  weight: Weight;
  /** The font as a plain OpenType file. */
  data: Buffer;
  covers: (codePoint: number) => boolean;
  /** Naskh letters are small for their body: set a little larger to sit well beside Noto Sans. */
  scale: number;
};

// Fonts for images and PDFs, shipped in npm packages (nothing is fetched): Noto Naskh Arabic
// for Arabic script, as on the pages, and Noto Sans for Latin, Cyrillic and Greek, so names
// in Kazakh or Turkish come out as letters, not boxes. @fontsource splits each font into
// subsets by Unicode range; each subset keeps the OpenType layout tables HarfBuzz needs.
const FILES: { key: string; file: (weight: Weight) => string }[] = [
  { key: "naskh-arabic", file: (w) => `@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${w}-normal.woff` },
  ...["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "vietnamese"].map((subset) => ({
    key: `sans-${subset}`,
    file: (w: Weight) => `@fontsource/noto-sans/files/noto-sans-${subset}-${w}-normal.woff`,
  })),
];

// The app runs from the project folder (npm start, npm run dev, the tests), where node_modules is.
const nodeModules = () => path.join(process.cwd(), "node_modules");

const loaded = new Map<Weight, FontFace[]>();

/** Every face of one weight, in the order they are tried for a character. Read once. */
export function fontFaces(weight: Weight): FontFace[] {
  let faces = loaded.get(weight);
  if (!faces) {
    faces = FILES.map(({ key, file }) => {
      const data = woffToSfnt(readFileSync(path.join(nodeModules(), file(weight))));
      const unicodes = new Set(new hb.Face(new hb.Blob(data)).collectUnicodes());
      return { key: `${key}-${weight}`, weight, data, covers: (cp: number) => unicodes.has(cp), scale: key.startsWith("naskh") ? 1.12 : 1 };
    });
    loaded.set(weight, faces);
  }
  return faces;
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/**
 * The face to set one character in. Arabic-script letters always take Naskh; a space or
 * punctuation mark stays in the face before it when that face has it (so a run of Uyghur is
 * not broken up at every space); anything else takes the first face that has it, or the
 * first face (which shows the font's "missing glyph" box) when none does.
 */
export function faceFor(char: string, faces: FontFace[], previous: FontFace | undefined): FontFace {
  const cp = char.codePointAt(0)!;
  if (ARABIC_SCRIPT.test(char)) return faces[0]!;
  if (previous && /[\p{Zs}\p{P}\p{Cf}]/u.test(char) && previous.covers(cp)) return previous;
  return faces.find((f) => f.covers(cp)) ?? faces.find((f) => f.key.startsWith("sans-latin"))!;
}
