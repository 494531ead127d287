import { describe, expect, it } from "vitest";
import { machineSpeed, speedKeeper } from "./machine-speed";

describe("the machine's speed", () => {
  it("is a positive rate", () => {
    expect(machineSpeed({ ms: 20, tries: 1 })).toBeGreaterThan(0);
  });

  it("waits while the machine runs below the floor of its best, and gives up after the longest wait", async () => {
    const speeds = [100, 50, 60, 95, 40, 40, 40];
    const slept: number[] = [];
    const keep = speedKeeper({ measure: () => speeds.shift()!, sleep: async (s) => void slept.push(s), pause: 10, maxWaitSeconds: 20 });
    const log: string[] = [];
    expect(await keep((m) => log.push(m))).toEqual({ percentOfBest: 100, waitedSeconds: 0 });
    expect(await keep((m) => log.push(m))).toEqual({ percentOfBest: 95, waitedSeconds: 20 });
    expect(slept).toEqual([10, 10]);
    expect(await keep((m) => log.push(m))).toEqual({ percentOfBest: 40, waitedSeconds: 20 });
    expect(log.at(-1)).toBe("machine at 40 % of its best speed after waiting 20 s");
  });
});
