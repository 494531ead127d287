import { describe, expect, it } from "vitest";
import { ttlMemo } from "./ttl-memo";

describe("ttlMemo", () => {
  it("asks once per key while fresh, again when stale, and never keeps a failure", async () => {
    let calls = 0;
    let fail = false;
    const memo = ttlMemo(50, async (key) => {
      calls += 1;
      if (fail) throw new Error("down");
      return `${key}:${calls}`;
    });
    expect(await Promise.all([memo("a"), memo("a"), memo("b")])).toEqual(["a:1", "a:1", "b:2"]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    fail = true;
    await expect(memo("a")).rejects.toThrow("down");
    fail = false;
    expect(await memo("a")).toBe("a:4");
    expect(calls).toBe(4);
  });
});
