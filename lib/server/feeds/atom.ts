// Atom (RFC 4287) from plain values. Text is escaped for XML, and characters XML 1.0 cannot
// carry at all (most control characters) are dropped, so no title can break the document.
export type AtomEntry = { id: string; title: string; updated: Date; published?: Date; link: string; summary: string; lang?: string };
export type AtomFeed = { id: string; title: string; subtitle?: string; lang: string; selfUrl: string; pageUrl: string; author: string; updated: Date; entries: AtomEntry[] };

const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const when = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

function entry(e: AtomEntry): string {
  return [
    `  <entry${e.lang ? ` xml:lang="${escapeXml(e.lang)}"` : ""}>`,
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title type="text">${escapeXml(e.title)}</title>`,
    `    <updated>${when(e.updated)}</updated>`,
    e.published ? `    <published>${when(e.published)}</published>` : null,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `    <summary type="text">${escapeXml(e.summary)}</summary>`,
    `  </entry>`,
  ]
    .filter((line) => line !== null)
    .join("\n");
}

export function atomFeed(feed: AtomFeed): string {
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>` : null,
    `  <updated>${when(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.map(entry),
    `</feed>`,
    ``,
  ]
    .filter((line) => line !== null)
    .join("\n");
}
