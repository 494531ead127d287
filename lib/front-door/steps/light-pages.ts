import { ifNoneMatchForNext, lightEtag, opaqueOf } from "../light/light-etag";
import { carriesCookie } from "../cookie-presence";
import { stripNextScripts } from "../light/strip-next-scripts";
import { codingOf, contentEncodingOf, preferredEncoding, varyOnAcceptEncoding } from "../response/content-encoding";
import { holdBody } from "../response/hold-body";
import type { Step } from "../step";

// Light pages (docs/decisions/020-light-pages.md): a visitor without a session gets every HTML
// page without Next's scripts and the React Server Components payload (the page's content a
// second time). Every page works without JavaScript; what a visitor without a session would
// get from React is client-side navigation and the forms' checks in the browser, which the
// server's checks answer anyway. Signed-in visitors get Next's pages as they are.

// The session cookie by name: a forged one only gets the heavier hydrated page, never other data.
const carriesSession = carriesCookie("authjs.session-token");

// Next's files and the API never answer with a page: not even wrapped (the count a crowd polls
// passes here, docs/decisions/019-count-fast-path.md).
const neverAPage = (pathname: string) => pathname.startsWith("/_next/") || pathname.startsWith("/api/");

// Addresses that answer with a page (not a file name like feed.xml or icon.svg): there, a
// hydrated copy's ETag must not be confirmed to a light reader.
const answersWithPage = (pathname: string) => !pathname.slice(pathname.lastIndexOf("/") + 1).includes(".");

const isHtml = (type: unknown) => /^text\/html/i.test(String(type ?? ""));

// A cached page is the same bytes for every reader: transformed once per version and encoding.
const MEMO_SIZE = 200;

export function lightPages({ script }: { script?: string } = {}): Step {
  const memo = new Map<string, Buffer>();
  let toldStreamed = false;
  return {
    name: "light pages",
    run({ req, res, url, settings }) {
      // Development keeps Next's pages whole (hot reload runs in them).
      if (settings.mode === "development" || neverAPage(url.pathname) || carriesSession(req.headers.cookie)) return "pass";
      const page = answersWithPage(url.pathname);
      const { forNext, light } = ifNoneMatchForNext(req.headers["if-none-match"], { page });
      if (forNext === undefined) delete req.headers["if-none-match"];
      else req.headers["if-none-match"] = forNext;
      // A page's body is encoded here, once per version (the memo below), so Next is asked for
      // it uncompressed: it would otherwise gzip the whole hydrated page (some 90 KB) on every
      // request for the front door to undo. Browsers get br. A client-side navigation (RSC)
      // is not a page and keeps Next's encoding.
      const encoding = page && req.headers.rsc === undefined ? preferredEncoding(req.headers["accept-encoding"]) : undefined;
      if (encoding !== undefined) req.headers["accept-encoding"] = "identity";

      holdBody(res, {
        hold(response) {
          const etag = response.getHeader("etag");
          if (response.statusCode === 304) {
            // Next confirmed one of the tags it was given: a light copy's, on a page's address.
            const opaque = etag === undefined ? undefined : opaqueOf(String(etag));
            if (opaque !== undefined && (light.has(opaque) || page)) response.setHeader("etag", lightEtag(String(etag)));
            return false;
          }
          if (!isHtml(response.getHeader("content-type")) || response.statusCode === 204) return false;
          if (req.method === "HEAD") {
            // No body to change, but it describes the light one, whose length is not known
            // without making it: none rather than the hydrated page's.
            if (etag !== undefined) response.setHeader("etag", lightEtag(String(etag)));
            response.removeHeader("content-length");
            return false;
          }
          return true;
        },
        release(response, body) {
          const fromNext = contentEncodingOf(response);
          // What the browser accepts, when the request was a page's; else as Next sent it.
          const sent = encoding ?? fromNext;
          const received = codingOf(fromNext);
          const coding = codingOf(sent);
          if (!received || !coding) return undefined;
          const etag = response.getHeader("etag");
          const key = etag === undefined ? undefined : `${String(etag)} ${sent}`;
          let lightBody = key === undefined ? undefined : memo.get(key);
          if (!lightBody) {
            const stripped = stripNextScripts(received.decode(body).toString("utf8"), { script });
            if (!("html" in stripped)) {
              if (!toldStreamed) console.warn(`front door: ${req.url?.slice(0, 100)} streams Suspense boundaries, so it (and any other such page) is sent hydrated even without a session`);
              toldStreamed = true;
              return undefined;
            }
            lightBody = coding.encode(Buffer.from(stripped.html, "utf8"));
            if (key !== undefined) {
              if (memo.size >= MEMO_SIZE) memo.clear();
              memo.set(key, lightBody);
            }
          }
          if (etag !== undefined) response.setHeader("etag", lightEtag(String(etag)));
          if (sent === "identity") response.removeHeader("content-encoding");
          else response.setHeader("content-encoding", sent);
          if (encoding !== undefined) varyOnAcceptEncoding(response);
          return lightBody;
        },
      });
      return "pass";
    },
  };
}
