import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScripts, isOwnInlineScript, withScriptHashes } from "./inline-scripts";

const sha = (source: string) => `'sha256-${createHash("sha256").update(source).digest("base64")}'`;
const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const DATA = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[77495,[]]\\n"])';
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';

describe("the inline scripts a page may run", () => {
  it("are the shapes Next and Turbopack write, holding data only", () => {
    expect(isOwnInlineScript(BOOTSTRAP)).toBe(true);
    expect(isOwnInlineScript(DATA)).toBe(true);
    expect(isOwnInlineScript(TURBOPACK)).toBe(true);
    // The page a form post without JavaScript answers with: the action's answer rides along.
    expect(isOwnInlineScript(`${BOOTSTRAP};self.__next_f.push([2,[{"ok":false,"error":{"code":"validation"}},"k1",null]])`)).toBe(true);
  });

  it("are not anything else, however close to those shapes", () => {
    for (const source of [
      "alert(1)",
      'self.__next_f.push([1,"x"]);alert(1)',
      "self.__next_f.push([1,alert(1)])",
      'self.__next_f.push([{"a":1}])',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
      `${BOOTSTRAP};alert(1)`,
      `${BOOTSTRAP};self.__next_f.push([2,alert(1)])`,
      `${BOOTSTRAP};self.__next_f.push([2,{}]);alert(1)`,
      `${BOOTSTRAP};self.__next_f.push([1,{}])`,
    ]) {
      expect(isOwnInlineScript(source), source).toBe(false);
    }
  });

  it("are found in a page by hash; scripts with src and JSON blocks need none", () => {
    const html = `<html><head><script src="/_next/a.js" async=""></script><script id="_R_">${TURBOPACK}</script></head><body>
      <script>${BOOTSTRAP}</script><script>${DATA}</script><script type="application/ld+json">{"@type":"x"}</script>
      <script>alert(document.cookie)</script></body></html>`;
    const { hashes, refused } = inlineScripts(html);
    expect(hashes.sort()).toEqual([sha(TURBOPACK), sha(BOOTSTRAP), sha(DATA)].sort());
    expect(refused).toEqual(["alert(document.cookie)"]);
  });

  it("replace 'unsafe-inline' in script-src, and nothing else of the policy", () => {
    const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    expect(withScriptHashes(policy, ["'sha256-abc'"])).toBe("default-src 'self'; script-src 'self' 'sha256-abc'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    expect(withScriptHashes(policy, [])).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  });
});
