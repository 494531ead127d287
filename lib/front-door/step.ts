import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { languages, localeOfPath, routing, type Locale } from "@/i18n/routing";
import type { Settings } from "@/lib/config/settings";
import { escapeHtml } from "@/lib/http/escape-html";
import { localePath } from "@/lib/locale-path";
import { fillIn, frontDoorMessages } from "./messages";

// The front door is a plain Node HTTP layer in front of Next's request handler (server.ts). It
// runs a short list of named steps on every request; a step either answers the request itself
// or lets it pass on to the next step, and finally to Next. It sees raw requests before any
// framework code has parsed them, so it is where limits and refusals belong that must hold
// whatever Next would do with the input. See docs/decisions/007-front-door.md.
export type Exchange = {
  /** The request Next will get: a step that has read the body hands on a replay of it. */
  req: IncomingMessage;
  res: ServerResponse;
  /** The request's path and query, parsed against the configured origin (never the Host header). */
  url: URL;
  settings: Settings;
};

export type StepResult = "answered" | "pass";

export type Step = {
  name: string;
  run: (exchange: Exchange) => StepResult | Promise<StepResult>;
};

const BASE_HEADERS: OutgoingHttpHeaders = { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" };

/** Answers with a JSON body (the API's error shape: `{ error, message }`, or any value). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): StepResult {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
  return "answered";
}

export type Refusal = {
  /** The JSON API's error code. */
  error: string;
  /** Its text, in messages/<locale>.json under "Refusal". */
  message: keyof Messages["Refusal"];
  values?: Record<string, string | number>;
};

type Messages = ReturnType<typeof frontDoorMessages>;

// Who reads a refusal: scripts and the app's own fetches get JSON (in the default language, like
// the API's other errors); a person whose browser navigated here gets a short page in the
// language of the address (/ug/… is Uyghur), as the pages say it.
function wantsPage(req: IncomingMessage, url: URL): boolean {
  if (url.pathname.startsWith("/api/") || req.headers["next-action"]) return false;
  return (req.headers.accept ?? "").includes("text/html");
}

// A body refused unread is still read and thrown away (never kept), up to this size: a client
// that sends all of its body before reading the answer then gets the answer rather than a
// broken connection. Beyond it, the connection is closed.
const DRAIN_BYTES = 32 * 1024 * 1024;

function setBodyAside(req: Exchange["req"], headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  if (req.complete || req.readableEnded) return headers;
  if (Number(req.headers["content-length"] ?? 0) <= DRAIN_BYTES && req.headers["transfer-encoding"] === undefined) {
    req.resume();
    return headers;
  }
  return { Connection: "close", ...headers };
}

/** Refuses a request with a clear message, as JSON or as a small page. */
export function refuse(exchange: Pick<Exchange, "req" | "res" | "url">, status: number, refusal: Refusal, headers: OutgoingHttpHeaders = {}): StepResult {
  const { req, res, url } = exchange;
  headers = setBodyAside(req, headers);
  const text = (locale: Locale) => fillIn(frontDoorMessages(locale).Refusal[refusal.message], refusal.values);
  if (!wantsPage(req, url)) return sendJson(res, status, { error: refusal.error, message: text(routing.defaultLocale) }, headers);
  const locale = localeOfPath(url.pathname);
  const home = localePath(locale, "/");
  const html =
    `<!doctype html><html lang="${locale}" dir="${languages[locale].dir}"><head><meta charset="utf-8"><title>${status}</title></head><body>` +
    `<p>${escapeHtml(text(locale))}</p><p><a href="${home}">${escapeHtml(frontDoorMessages(locale).Refusal.home)}</a></p></body></html>`;
  res.writeHead(status, {
    ...BASE_HEADERS,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    ...headers,
  });
  res.end(html);
  return "answered";
}

/** Lets Next answer with its 404 page (readable without JavaScript, docs/decisions/001). */
export function passToNotFoundPage(exchange: Exchange): StepResult {
  exchange.req.url = "/_/not-found";
  if (exchange.req.method !== "HEAD") exchange.req.method = "GET";
  exchange.url = new URL("/_/not-found", exchange.url);
  return "pass";
}

export const isApiPath = (path: string) => path === "/api" || path.startsWith("/api/");
