import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stripNextScripts } from "./strip-next-scripts";

// /signin as this app's production build sent it to a visitor (Next 16.4.6, Turbopack).
const SIGNIN = readFileSync(path.join(import.meta.dirname, "fixtures", "signin-hydrated.html"), "utf8");

const light = (html: string, script?: string) => {
  const result = stripNextScripts(html, { script });
  if (!("html" in result)) throw new Error(`left untouched: ${result.untouched}`);
  return result.html;
};

const HEAD =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/><script src="/_next/static/chunks/m.js" async=""></script>' +
  '<link rel="preload" href="/fonts/noto.woff2" as="font" type="font/woff2" crossorigin=""/><title>T</title></head>';

describe("stripNextScripts on a real page", () => {
  const before = SIGNIN;
  const after = light(SIGNIN);

  it("leaves no script, no script preload and none of the payload", () => {
    expect(before).toMatch(/<script/);
    expect(before).toContain("self.__next_f.push");
    expect(after).not.toMatch(/<script/i);
    expect(after).not.toContain("__next_f");
    expect(after).not.toContain("TURBOPACK");
    expect(after).not.toMatch(/<link[^>]*as="script"/);
    expect(after).not.toContain("modulepreload");
    expect(after.length).toBeLessThan(before.length / 2);
  });

  it("keeps everything else byte for byte: the page is the original with the script elements cut out", () => {
    const pieces = before.split(/<script\b[^>]*>[\s\S]*?<\/script>|<link rel="preload" as="script"[^>]*>/);
    expect(pieces.join("")).toBe(after);
    // What a reader without JavaScript needs: the stylesheet, the form with its Server Action fields.
    expect(after).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
    expect(after).toContain('<input type="hidden" name="$ACTION_REF_1"/>');
    expect(after).toContain('<input type="hidden" name="$ACTION_KEY"');
    expect(after).toMatch(/<\/body><\/html>$/);
  });
});

describe("stripNextScripts", () => {
  it("takes out each shape of script Next writes, and module preloads", () => {
    const page =
      HEAD +
      '<body><main><p>Hello</p></main><link rel="modulepreload" href="/x.js"/><link rel="PRELOAD" AS="SCRIPT" href="/y.js">' +
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
      '<script>self.__next_f.push([1,"2:I[\\"x\\",[]]\\n\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"])</script>' +
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>' +
      '<script src="/_next/static/chunks/p.js" noModule=""></script>' +
      "</body></html>";
    expect(light(page)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
        '<link rel="preload" href="/fonts/noto.woff2" as="font" type="font/woff2" crossorigin=""/><title>T</title></head>' +
        "<body><main><p>Hello</p></main></body></html>",
    );
  });

  it("keeps links that only look alike: other preloads, other rels, an attribute named like one", () => {
    const links =
      '<link rel="preload" as="style" href="/a.css"/><link rel="preconnect" href="/" crossorigin=""/>' +
      '<link rel="alternate" data-as="script" href="/ug"/><link rel="icon" href="/icon.svg"/>';
    expect(light(`<head>${links}</head>`)).toBe(`<head>${links}</head>`);
  });

  it("adds our own script before </head> only when the page shows a live count", () => {
    const withCount = `${HEAD}<body><p data-live-count="x">12</p><script>self.__next_f.push([1,"a"])</script></body></html>`;
    expect(light(withCount, "/_next/static/light/count-1a2b.js")).toBe(
      HEAD.replace(/<link rel="preload" as="script"[^>]*>|<script[^>]*><\/script>/g, "").replace(
        "</head>",
        '<script src="/_next/static/light/count-1a2b.js" defer=""></script></head>',
      ) + '<body><p data-live-count="x">12</p></body></html>',
    );
    // No count on the page, or no script given: nothing is added.
    expect(light(`${HEAD}<body><p>12</p></body>`, "/count.js")).not.toContain("<script");
    expect(light(withCount)).not.toContain("<script");
  });

  it("writes the script's address as an attribute value, never as markup", () => {
    expect(light('<head></head><p data-live-count="">1</p>', '/c.js"><script>alert(1)</script>')).toBe(
      '<head><script src="/c.js&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;" defer=""></script></head><p data-live-count="">1</p>',
    );
  });

  it("leaves a page with streamed Suspense boundaries as it is, rather than leave placeholders in it", () => {
    const streamed = `${HEAD}<body><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--><script>$RC("B:0","S:0")</script></body>`;
    expect(stripNextScripts(streamed)).toEqual({ untouched: "streamed" });
    expect(stripNextScripts(`${HEAD}<body><script>$RC("B:1","S:1")</script></body>`)).toEqual({ untouched: "streamed" });
  });

  it("leaves a page with no script as it was", () => {
    const plain = '<!doctype html><html><head><link rel="stylesheet" href="/a.css"></head><body><p>x</p></body></html>';
    expect(light(plain)).toBe(plain);
  });
});
