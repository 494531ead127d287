import { createHash } from "node:crypto";

// The inline scripts a page of ours may run, found in the page itself, so that its
// Content-Security-Policy can name them by hash instead of allowing every inline script
// ('unsafe-inline'). Only scripts of the shapes Next and Turbopack write are named: a script
// anything else put into a page (an injection) is not, and the browser refuses to run it.
// See docs/decisions/013-scripts-without-unsafe-inline.md.

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NEXT_BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
// React Server Components data for the page: one array of numbers and strings, nothing to run.
const NEXT_DATA = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
// After a form posted without JavaScript, the bootstrap also carries the action's answer (its
// "form state", [2, <JSON>]) so that React resumes with it: data again, whatever its shape.
const NEXT_BOOTSTRAP_WITH_FORM_STATE = /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\);self\.__next_f\.push\((\[2,[\s\S]*\])\)$/;
// Turbopack's list of the page's script files: one JSON object.
const TURBOPACK_CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;

function parses(json: string, check: (value: unknown) => boolean): boolean {
  try {
    return check(JSON.parse(json));
  } catch {
    return false;
  }
}

const isDataArray = (value: unknown) => Array.isArray(value) && value.every((item) => item === null || typeof item === "string" || typeof item === "number");
const isPlainObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);

export function isOwnInlineScript(source: string): boolean {
  if (source === NEXT_BOOTSTRAP) return true;
  const formState = NEXT_BOOTSTRAP_WITH_FORM_STATE.exec(source);
  if (formState) return parses(formState[1]!, (value) => Array.isArray(value) && value.length === 2 && value[0] === 2);
  const data = NEXT_DATA.exec(source);
  if (data) return parses(data[1]!, isDataArray);
  const chunks = TURBOPACK_CHUNKS.exec(source);
  if (chunks) return parses(chunks[1]!, isPlainObject);
  return false;
}

// Scripts that run: no src, and a JavaScript type (or none). JSON data blocks never run.
function runsInline(attributes: string): boolean {
  if (/\ssrc\s*=/i.test(attributes)) return false;
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === "module" || type === "text/javascript" || type === "application/javascript";
}

export type InlineScripts = { hashes: string[]; refused: string[] };

export function inlineScripts(html: string): InlineScripts {
  const hashes = new Set<string>();
  const refused: string[] = [];
  for (const [, attributes = "", source = ""] of html.matchAll(SCRIPT)) {
    if (!runsInline(attributes)) continue;
    if (isOwnInlineScript(source)) hashes.add(`'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`);
    else refused.push(source.slice(0, 80));
  }
  return { hashes: [...hashes], refused };
}

/** The policy with its script-src naming these hashes instead of allowing every inline script. */
export function withScriptHashes(policy: string, hashes: string[]): string {
  return policy
    .split(";")
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name?.toLowerCase() !== "script-src") return directive.trim();
      return [name, ...sources.filter((source) => source !== "'unsafe-inline'"), ...hashes].join(" ");
    })
    .filter(Boolean)
    .join("; ");
}
