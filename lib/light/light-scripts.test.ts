import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LIGHT_SCRIPTS_FILE, loadLightScript } from "./light-scripts";

const distWith = (content?: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), "light-"));
  if (content !== undefined) writeFileSync(path.join(dir, LIGHT_SCRIPTS_FILE), content);
  return dir;
};

describe("the light pages' script, as the build named it", () => {
  it("is the address the build wrote", () => {
    expect(loadLightScript(distWith(JSON.stringify({ liveCount: "/_next/static/light/live-count-0123456789abcdef.js" })))).toBe("/_next/static/light/live-count-0123456789abcdef.js");
  });

  it("is none when the build wrote no list, or a list naming something else than a file of ours", () => {
    expect(loadLightScript(distWith())).toBeUndefined();
    expect(loadLightScript(distWith("{"))).toBeUndefined();
    expect(loadLightScript(distWith(JSON.stringify({ liveCount: "https://elsewhere.example/x.js" })))).toBeUndefined();
    expect(loadLightScript(distWith(JSON.stringify({ liveCount: "/_next/static/light/../../x.js\"><script>" })))).toBeUndefined();
  });
});
