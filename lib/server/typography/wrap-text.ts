// Greedy line breaking at spaces, in logical order (before any reordering for display, as
// UAX #9 requires: lines are found first, then each line is reordered on its own). `measure`
// gives a piece of text's width as it will be drawn, so the same rule serves the share image
// (HarfBuzz) and the PDF (PDFKit). A word longer than a line is broken between characters.
export function wrapText(text: string, { maxWidth, measure, maxLines = Infinity }: { maxWidth: number; measure: (text: string) => number; maxLines?: number }): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (measure(line) > maxWidth && [...line].length > 1) {
        const chars = [...line];
        let fit = chars.length - 1;
        while (fit > 1 && measure(chars.slice(0, fit).join("")) > maxWidth) fit--;
        lines.push(chars.slice(0, fit).join(""));
        line = chars.slice(fit).join("");
      }
    }
    lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  // Too long: keep what fits and end the last kept line with an ellipsis.
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > maxWidth) last = last.split(" ").slice(0, -1).join(" ");
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
