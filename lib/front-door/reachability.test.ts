import { describe, expect, it } from "vitest";
import { createReachability } from "./reachability";
import { reachabilityHarness as harness } from "./test-support";


describe("a database's reachability", () => {
  it("writes one line per change of state, however many checks and failures", async () => {
    const { reachability, lines, setUp, advance } = harness();
    expect(await reachability.check()).toBe("reachable");
    expect(await reachability.check()).toBe("reachable");
    setUp(false);
    for (let i = 0; i < 50; i += 1) await reachability.check();
    for (let i = 0; i < 7; i += 1) reachability.countRefused();
    reachability.countQuieted();
    expect(reachability.isUnreachable()).toBe(true);
    advance(12_300);
    setUp(true);
    await reachability.check();
    await reachability.check();
    expect(lines).toEqual([
      "database: reachable",
      "database: unreachable (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:5432); answering 503; checking every 1 s",
      "database: reachable again after 12.3 s (7 requests answered 503, 1 errors about it not logged)",
    ]);
  });

  it("shares one check between callers that ask at the same time", async () => {
    let probes = 0;
    const reachability = createReachability({
      name: "db",
      consequence: "x",
      probe: async () => {
        probes += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
      log: () => {},
    });
    await Promise.all(Array.from({ length: 20 }, () => reachability.check()));
    expect(probes).toBe(1);
  });

  it("counts a database that does not answer in time twice in a row as unreachable (once may be this process stalling)", async () => {
    const lines: string[] = [];
    const reachability = createReachability({ name: "db", consequence: "x", probe: () => new Promise(() => {}), timeoutMs: 50, log: (l) => lines.push(l) });
    expect(await reachability.check()).toBe("unknown");
    expect(await reachability.check()).toBe("unreachable");
    expect(lines).toEqual([expect.stringContaining("no answer within 50 ms")]);
  });
});
