import { describe, expect, it } from "vitest";
import { ifNoneMatchForNext, lightEtag, opaqueOf } from "./light-etag";

describe("light ETags", () => {
  it("marks Next's ETag as light, weak or strong", () => {
    expect(lightEtag('"abc"')).toBe('"l-abc"');
    expect(lightEtag('W/"abc"')).toBe('W/"l-abc"');
    expect(opaqueOf('W/"abc"')).toBe("abc");
  });

  it("on a page's address, gives Next the light tags as its own and none of a hydrated copy", () => {
    expect(ifNoneMatchForNext('"l-abc"', { page: true })).toEqual({ forNext: '"abc"', light: new Set(["abc"]) });
    expect(ifNoneMatchForNext('"abc", W/"l-def" ,"l-ghi"', { page: true })).toEqual({ forNext: 'W/"def", "ghi"', light: new Set(["def", "ghi"]) });
    expect(ifNoneMatchForNext('"abc"', { page: true })).toEqual({ forNext: undefined, light: new Set() });
    expect(ifNoneMatchForNext("*", { page: true }).forNext).toBe("*");
    expect(ifNoneMatchForNext(undefined, { page: true }).forNext).toBeUndefined();
  });

  it("elsewhere, keeps the other tags", () => {
    expect(ifNoneMatchForNext('"abc", "l-def"', { page: false })).toEqual({ forNext: '"abc", "def"', light: new Set(["def"]) });
  });

  it("reads no further than a malformed list is well formed", () => {
    expect(ifNoneMatchForNext('"l-abc", garbage, "l-def"', { page: true }).forNext).toBe('"abc"');
  });
});
