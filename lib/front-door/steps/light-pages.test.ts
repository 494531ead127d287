import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, gzipSync, brotliCompressSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { frontDoorSteps } from "../index";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { lightPages } from "./light-pages";
import { scriptHashes } from "./script-hashes";

const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
const PAGE =
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" href="/_next/static/chunks/w.js"/>' +
  '<script src="/_next/static/chunks/m.js" async=""></script></head><body><p data-live-count="c">12</p><form method="POST"><input type="hidden" name="$ACTION_KEY" value="k"/></form>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:{\\"a\\":1}\\n"])</script></body></html>';
const LIGHT =
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/><script src="/light/count.js" defer=""></script></head>' +
  '<body><p data-live-count="c">12</p><form method="POST"><input type="hidden" name="$ACTION_KEY" value="k"/></form></body></html>';

const etagOf = (body: string) => `"${createHash("sha1").update(body).digest("hex").slice(0, 12)}"`;

// As Next answers a page: an ETag of what it rendered, 304 when the client holds that one
// (weak comparison), gzip when asked for it, and the policy next.config.js sets.
function nextLike(page: () => string, type = "text/html; charset=utf-8") {
  return (req: IncomingMessage, res: ServerResponse) => {
    const body = page();
    const etag = etagOf(body);
    res.setHeader("ETag", etag);
    const held = (req.headers["if-none-match"] ?? "").split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    if (held.includes(etag)) {
      res.statusCode = 304;
      return res.end();
    }
    res.setHeader("Content-Type", type);
    res.setHeader("Content-Security-Policy", POLICY);
    const accepted = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : undefined;
    const bytes = encoding === "br" ? brotliCompressSync(body) : encoding === "gzip" ? gzipSync(body) : Buffer.from(body);
    if (encoding) res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", bytes.length);
    res.end(bytes);
  };
}

const served = (page: () => string = () => PAGE, { mode = "test", type }: { mode?: "test" | "development"; type?: string } = {}) =>
  serve(settingsFor({ NODE_ENV: mode }), [scriptHashes(), lightPages({ script: "/light/count.js" })], nextLike(page, type));

const SESSION = { cookie: "theme=dark; authjs.session-token=abc" };

afterEach(() => vi.restoreAllMocks());

describe("light pages", () => {
  it("sends a visitor without a session the page without Next's scripts, its own script added, and a policy with no inline script", async () => {
    await withServed(served(), async (running) => {
      for (const method of ["GET", "POST"]) {
        const response = await rawRequest(running.port, { method, path: "/campaigns/x", headers: { cookie: "pending-signature=1; xauthjs.session-token=2" } });
        expect(response.status).toBe(200);
        expect(response.body).toBe(LIGHT);
        expect(response.headers["content-length"]).toBe(String(Buffer.byteLength(LIGHT)));
        expect(response.headers.etag).toBe(`"l-${etagOf(PAGE).slice(1)}`);
        expect(response.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
        // The body is the front door's to encode (none asked for here): caches learn it varies.
        expect(response.headers.vary).toBe("Accept-Encoding");
      }
    });
  });

  it("sends a visitor with a session cookie, under any of its names, Next's page as it is", async () => {
    await withServed(served(), async (running) => {
      for (const cookie of ["authjs.session-token=x", "a=1; __Secure-authjs.session-token=x", "__Host-authjs.session-token=x;b=2"]) {
        const response = await rawRequest(running.port, { path: "/campaigns/x", headers: { cookie } });
        expect(response.body).toBe(PAGE);
        expect(response.headers.etag).toBe(etagOf(PAGE));
        expect(response.headers["content-security-policy"]).toMatch(/'sha256-/);
      }
    });
  });

  it("asks Next for a page uncompressed and encodes the light page itself, br for a browser, gzip for a client without br", async () => {
    await withServed(served(), async (running) => {
      const browser = await rawRequest(running.port, { path: "/", headers: { "accept-encoding": "gzip, deflate, br, zstd" } });
      expect(running.reachedNext.at(-1)!.headers["accept-encoding"]).toBe("identity");
      expect(browser.headers["content-encoding"]).toBe("br");
      expect(brotliDecompressSync(browser.bytes).toString()).toBe(LIGHT);
      expect(browser.headers["content-length"]).toBe(String(browser.bytes.length));
      expect(browser.headers.vary).toBe("Accept-Encoding");
      const gzip = await rawRequest(running.port, { path: "/", headers: { "accept-encoding": "gzip, br;q=0" } });
      expect(gzip.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gzip.bytes).toString()).toBe(LIGHT);
      const none = await rawRequest(running.port, { path: "/", headers: { "accept-encoding": "identity" } });
      expect(none.headers["content-encoding"]).toBeUndefined();
      expect(none.body).toBe(LIGHT);
    });
  });

  it("keeps Next's encoding where it is not a page it encodes: a client-side navigation, a file's address", async () => {
    await withServed(served(), async (running) => {
      await rawRequest(running.port, { path: "/campaigns/x", headers: { rsc: "1", "accept-encoding": "gzip" } });
      expect(running.reachedNext.at(-1)!.headers["accept-encoding"]).toBe("gzip");
      const file = await rawRequest(running.port, { path: "/x/page.html", headers: { "accept-encoding": "gzip" } });
      expect(running.reachedNext.at(-1)!.headers["accept-encoding"]).toBe("gzip");
      expect(file.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(file.bytes).toString()).toBe(LIGHT);
    });
  });

  it("answers 304 only against a copy of the same kind, light or hydrated", async () => {
    await withServed(served(), async (running) => {
      const hydrated = etagOf(PAGE);
      const light = (await rawRequest(running.port, { path: "/" })).headers.etag!;
      expect(light).toBe(`"l-${hydrated.slice(1)}`);
      // Light copy, light reader: 304 with the light tag (weak too).
      for (const held of [light, `W/${light}`, `"other", ${light}`]) {
        const again = await rawRequest(running.port, { path: "/", headers: { "if-none-match": held } });
        expect(again.status).toBe(304);
        expect(again.headers.etag).toBe(light);
      }
      // Hydrated copy (signed out since), light reader: the light page.
      const signedOut = await rawRequest(running.port, { path: "/", headers: { "if-none-match": hydrated } });
      expect(signedOut.status).toBe(200);
      expect(signedOut.body).toBe(LIGHT);
      expect(running.reachedNext.at(-1)!.headers["if-none-match"]).toBeUndefined();
      // Light copy (signed in since), signed-in reader: the hydrated page; hydrated copy: 304.
      const signedIn = await rawRequest(running.port, { path: "/", headers: { ...SESSION, "if-none-match": light } });
      expect(signedIn.status).toBe(200);
      expect(signedIn.body).toBe(PAGE);
      const same = await rawRequest(running.port, { path: "/", headers: { ...SESSION, "if-none-match": hydrated } });
      expect(same.status).toBe(304);
      expect(same.headers.etag).toBe(hydrated);
    });
  });

  it("leaves the tags of a file's address (feed.xml) for Next, and its answer as it is", async () => {
    const feed = "<feed/>";
    await withServed(served(() => feed, { type: "application/atom+xml" }), async (running) => {
      const response = await rawRequest(running.port, { path: "/feed.xml", headers: { "if-none-match": etagOf(feed) } });
      expect(response.status).toBe(304);
      expect(response.headers.etag).toBe(etagOf(feed));
    });
  });

  it("gives a HEAD answer the light tag, and leaves what is not HTML alone", async () => {
    await withServed(served(), async (running) => {
      const head = await rawRequest(running.port, { method: "HEAD", path: "/" });
      expect(head.headers.etag).toBe(`"l-${etagOf(PAGE).slice(1)}`);
      expect(head.headers["content-length"]).toBeUndefined();
    });
    await withServed(served(() => PAGE, { type: "text/x-component" }), async (running) => {
      const rsc = await rawRequest(running.port, { path: "/", headers: { rsc: "1" } });
      expect(rsc.body).toBe(PAGE);
      expect(rsc.headers.etag).toBe(etagOf(PAGE));
    });
  });

  it("works a version out once (by its ETag and encoding), and a page without an ETag every time", async () => {
    let page = PAGE;
    // Same ETag, other bytes: what is sent is what was worked out for that ETag the first time.
    await withServed(
      serve(settingsFor({ NODE_ENV: "test" }), [lightPages()], (_req, res) => {
        res.writeHead(200, { "Content-Type": "text/html", ETag: '"v1"' });
        res.end(page);
      }),
      async (running) => {
        const first = (await rawRequest(running.port, { path: "/" })).body;
        page = PAGE.replace("12", "13");
        expect((await rawRequest(running.port, { path: "/" })).body).toBe(first);
      },
    );
    await withServed(
      serve(settingsFor({ NODE_ENV: "test" }), [lightPages()], (_req, res) => {
        res.writeHead(200, { "Content-Type": "text/html" });
        res.end(page);
      }),
      async (running) => {
        page = PAGE;
        expect((await rawRequest(running.port, { path: "/" })).body).toContain(">12<");
        page = PAGE.replace("12", "13");
        const response = await rawRequest(running.port, { path: "/" });
        expect(response.body).toContain(">13<");
        expect(response.body).not.toContain("<script");
        expect(response.headers.etag).toBeUndefined();
      },
    );
  });

  it("sends a page with streamed boundaries hydrated, and says so once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const streamed = PAGE.replace("</body>", '<template id="B:0"></template><script>$RC("B:0","S:0")</script></body>');
    await withServed(served(() => streamed), async (running) => {
      for (let i = 0; i < 2; i += 1) {
        const response = await rawRequest(running.port, { path: "/" });
        expect(response.body).toBe(streamed);
        expect(response.headers.etag).toBe(etagOf(streamed));
      }
      // (script hashes also warns, of the $RC script: it is none of the shapes it names.)
      expect(warn.mock.calls.filter(([line]) => String(line).includes("Suspense"))).toHaveLength(1);
    });
  });

  it("comes right after script hashes in the front door, so that the policy is worked out on the light body", async () => {
    const names = frontDoorSteps().map((step) => step.name);
    expect(names.indexOf("light pages")).toBe(names.indexOf("script hashes") + 1);
    // The other way round, script hashes would name the scripts light pages then takes out.
    await withServed(
      serve(settingsFor({ NODE_ENV: "test" }), [lightPages(), scriptHashes()], nextLike(() => PAGE)),
      async (running) => expect((await rawRequest(running.port, { path: "/" })).headers["content-security-policy"]).toMatch(/'sha256-/),
    );
  });

  it("leaves development as it is", async () => {
    await withServed(served(() => PAGE, { mode: "development" }), async (running) => {
      const response = await rawRequest(running.port, { path: "/" });
      expect(response.body).toBe(PAGE);
      expect(response.headers.etag).toBe(etagOf(PAGE));
    });
  });
});
