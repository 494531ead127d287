import { describe, expect, it } from "vitest";
import { ttlMemo, ttlMemoNow } from "./ttl-memo";

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

describe("ttlMemoNow", () => {
  it("hands back an answer that has arrived as it is, a promise while it has not, and asks again once stale", async () => {
    let calls = 0;
    let now = 1_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const memo = ttlMemoNow(50, async (key) => {
        calls += 1;
        return { key, calls };
      });
      const first = memo("a");
      expect(first).toBeInstanceOf(Promise);
      expect(await first).toEqual({ key: "a", calls: 1 });
      // Arrived: the same object, with no promise around it.
      const again = memo("a");
      expect(again).not.toBeInstanceOf(Promise);
      expect(again).toBe(await first);
      expect(await memo.promise("a")).toBe(again);
      now += 51;
      const stale = memo("a");
      expect(stale).toBeInstanceOf(Promise);
      expect(await stale).toEqual({ key: "a", calls: 2 });
    } finally {
      Date.now = realNow;
    }
  });

  it("keeps no failure, and an old failure never removes a newer answer", async () => {
    let now = 1_000;
    const realNow = Date.now;
    Date.now = () => now;
    const pending: { reject: (error: Error) => void }[] = [];
    let answer = 0;
    try {
      const memo = ttlMemoNow(50, (key) =>
        key === "slow" ? new Promise<string>((_resolve, reject) => pending.push({ reject })) : Promise.resolve(`${key}:${(answer += 1)}`),
      );
      const slow = memo("slow") as Promise<string>;
      now += 51;
      // Stale: a second load starts; it will still be loading when the first one fails.
      const newer = memo("slow");
      pending[0]!.reject(new Error("down"));
      await expect(slow).rejects.toThrow("down");
      expect(memo("slow")).toBe(newer);
      pending[1]!.reject(new Error("down again"));
      await expect(newer).rejects.toThrow("down again");
      // Nothing kept: the next read loads again.
      expect(memo("slow")).not.toBe(newer);
      expect(pending).toHaveLength(3);
      pending[2]!.reject(new Error("done"));
      await expect(memo.promise("slow")).rejects.toThrow("done");
    } finally {
      Date.now = realNow;
    }
  });
});
