import { escapeHtml } from "@/lib/http/escape-html";

// A page for a visitor without a session, without React: Next's script files, the React Server
// Components payload it writes into the page as inline scripts, and the hints that preload them
// are taken out; everything else (markup, stylesheets, fonts, the forms' hidden Server Action
// fields) stays byte for byte. Every page works without JavaScript, so what is left is the
// whole page. See docs/decisions/020-light-pages.md.

// Script bodies never hold a literal "</script" (React escapes "</" as "\u003c/"), so the first
// closing tag ends the element.
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;
const attributePattern = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i");
const REL = attributePattern("rel");
const AS = attributePattern("as");

function attribute(tag: string, pattern: RegExp): string {
  const match = pattern.exec(tag);
  return (match ? (match[1] ?? match[2] ?? match[3] ?? "") : "").toLowerCase();
}

function loadsScript(link: string): boolean {
  const rel = attribute(link, REL).split(/\s+/);
  if (rel.includes("modulepreload")) return true;
  return rel.includes("preload") && attribute(link, AS) === "script";
}

// Streamed Suspense boundaries are filled in by inline scripts ($RC) into placeholders
// (<template id="B:…">): without the scripts the page would stay a placeholder.
const STREAMED = /<template id="B:|\$RC\(/;

/** What the page needs to become light, or why it was left as it was. */
export type Stripped = { html: string } | { untouched: "streamed" };

/**
 * The page without Next's scripts and payload. With `script` (our own small script, same
 * origin), a page that shows a live count (`data-live-count`) gets it, deferred, at the end of
 * its head.
 */
export function stripNextScripts(html: string, { script }: { script?: string } = {}): Stripped {
  if (STREAMED.test(html)) return { untouched: "streamed" };
  let light = html.replace(SCRIPT, "").replace(LINK, (link) => (loadsScript(link) ? "" : link));
  if (script && light.includes("data-live-count")) {
    const at = light.search(/<\/head\s*>/i);
    if (at !== -1) light = `${light.slice(0, at)}<script src="${escapeHtml(script)}" defer=""></script>${light.slice(at)}`;
  }
  return { html: light };
}
