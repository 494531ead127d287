import { describe, expect, it } from "vitest";
import { freshMemo } from "./fresh-memo";

function harness() {
  let clock = 0;
  let value = "v1";
  let away = false;
  let loads = 0;
  const outage = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
  const read = freshMemo<string | null>({
    load: async (key) => {
      loads += 1;
      if (away) throw outage;
      return key === "missing" ? null : value;
    },
    isOutage: (error) => error === outage,
    freshMs: 200,
    patienceMs: 1_000,
    retryMs: 1_000,
    confirm: (v) => v === null,
    now: () => clock,
  });
  return {
    read,
    loads: () => loads,
    set: (v: string) => void (value = v),
    setAway: (a: boolean) => void (away = a),
    advance: (ms: number) => void (clock += ms),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a value every instance agrees on within a second", () => {
  it("is read once per 200 ms however often it is asked for", async () => {
    const h = harness();
    await Promise.all(Array.from({ length: 100 }, () => h.read("a")));
    h.advance(150);
    await h.read("a");
    expect(h.loads()).toBe(1);
  });

  it("never serves an answer older than a second while the database answers", async () => {
    const h = harness();
    expect(await h.read("a")).toBe("v1");
    h.set("v2");
    h.advance(500);
    // Between 200 ms and 1 s: the old answer, while the new one is fetched.
    expect(await h.read("a")).toBe("v1");
    await settle();
    expect(await h.read("a")).toBe("v2");
    h.set("v3");
    h.advance(1_001);
    // Past a second: waits for the new one.
    expect(await h.read("a")).toBe("v3");
  });

  it("keeps the last answer while the database is away, and asks again at most once a second", async () => {
    const h = harness();
    await h.read("a");
    h.setAway(true);
    h.advance(5_000);
    expect(await h.read("a")).toBe("v1");
    const loadsAfterOutage = h.loads();
    for (let i = 0; i < 50; i += 1) expect(await h.read("a")).toBe("v1");
    expect(h.loads()).toBe(loadsAfterOutage);
    h.advance(1_000);
    expect(await h.read("a")).toBe("v1");
    await settle();
    expect(h.loads()).toBe(loadsAfterOutage + 1);
    // A key never answered has nothing to fall back on.
    await expect(h.read("b")).rejects.toThrow("ECONNREFUSED");
    h.setAway(false);
    h.set("v2");
    h.advance(1_000);
    await h.read("a");
    await settle();
    expect(await h.read("a")).toBe("v2");
  });

  it("reads an answer it must confirm again on every ask, yet serves it through an outage", async () => {
    const memo = harness();
    expect(await memo.read("missing")).toBeNull();
    expect(await memo.read("missing")).toBeNull();
    expect(memo.loads()).toBe(2);
    memo.setAway(true);
    expect(await memo.read("missing")).toBeNull();
  });
});
