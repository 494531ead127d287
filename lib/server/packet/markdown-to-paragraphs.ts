// Campaign text is Markdown; the packet prints it as plain paragraphs. Headings, list items
// and quotes keep their words (each item its own paragraph), emphasis marks go, and a link
// keeps its address after its words (paper cannot be clicked).
function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, "$1 ($2)")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_](\S(?:.*?\S)?)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .trim();
}

export type Paragraph = { text: string; heading: boolean };

export function markdownToParagraphs(markdown: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  let heading = false;
  const flush = () => {
    if (current.length > 0) paragraphs.push({ text: current.join(" "), heading });
    current = [];
    heading = false;
  };
  for (const raw of markdown.replace(/\r\n/g, "\n").split("\n")) {
    if (raw.trim() === "") {
      flush();
      continue;
    }
    const isHeading = /^\s{0,3}#{1,6}\s+/.test(raw);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+/.test(raw);
    if (isHeading || item) flush();
    heading ||= isHeading;
    const text = inline(raw.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/^\s*>\s?/, "").replace(/^\s*[-*+]\s+/, "• "));
    if (text) current.push(text);
    if (isHeading) flush();
  }
  flush();
  return paragraphs;
}
