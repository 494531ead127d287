import type { IncomingMessage, ServerResponse } from "node:http";
import { localeOfPath, routing, type Locale } from "@/i18n/routing";
import { escapeHtml as escape } from "@/lib/http/escape-html";
import { standalonePage } from "@/lib/http/standalone-page";
import { frontDoorMessages } from "./messages";
import { sendJson, type StepResult } from "./step";

// The answer while the database is away: 503 with Retry-After, never Next's bare 500. The JSON
// API gets `{ error: "database_unavailable", message }`; everything else a short page in the
// reader's language (taken from the address, as everywhere: /ug/… is Uyghur), which needs no
// JavaScript, no font and nothing from another address. Its text lives in messages/*.json under
// "Unavailable", like every other string.
export const RETRY_AFTER_SECONDS = 5;

const textFor = (locale: Locale) => frontDoorMessages(locale).Unavailable;


export function unavailablePage(locale: Locale, retryHref: string): string {
  const t = textFor(locale);
  const home = locale === routing.defaultLocale ? "/" : `/${locale}`;
  return standalonePage({
    locale,
    title: t.title,
    style: `
body{margin:0;font-family:system-ui,"Noto Naskh Arabic","Noto Sans Arabic",sans-serif;line-height:1.6;color:#0f172a;background:#f8fafc}
main{max-width:40rem;margin:0 auto;padding:3rem 1.25rem}
h1{font-size:1.75rem;margin:0 0 1rem}
a{color:#1d4ed8}
p{margin:0 0 1rem}
`,
    main: `<h1>${escape(t.heading)}</h1>
<p>${escape(t.body)}</p>
<p>${escape(t.notSaved)}</p>
<p><a href="${escape(retryHref)}">${escape(t.retry)}</a> · <a href="${escape(home)}">${escape(t.home)}</a></p>`,
  });
}

const HEADERS = {
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

/** Answers 503 for this request: JSON under /api/, a page in the reader's language elsewhere. */
export function sendUnavailable(req: IncomingMessage, res: ServerResponse, url: URL): StepResult {
  if (url.pathname.startsWith("/api/")) {
    return sendJson(res, 503, { error: "database_unavailable", message: textFor(routing.defaultLocale).api }, HEADERS);
  }
  const locale = localeOfPath(url.pathname);
  // A form post cannot be retried by following a link: offer the page it was posted from.
  const retryHref = req.method === "GET" || req.method === "HEAD" ? `${url.pathname}${url.search}` : url.pathname;
  const html = unavailablePage(locale, retryHref);
  res.writeHead(503, {
    ...HEADERS,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
    "Referrer-Policy": "same-origin",
  });
  res.end(req.method === "HEAD" ? undefined : html);
  return "answered";
}
