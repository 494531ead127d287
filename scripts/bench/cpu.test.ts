import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { cpuShares, listeningPid, residentMiB } from "./cpu";

describe("the bench's CPU and memory readings", () => {
  it("finds the process listening on a port, and its resident memory", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      expect(listeningPid((server.address() as AddressInfo).port)).toBe(process.pid);
      expect(residentMiB(process.pid)).toBeGreaterThan(10);
    } finally {
      server.close();
    }
  });

  it("splits the machine's ticks between roles and calls the rest other", () => {
    const before = { busy: 1_000, total: 4_000, byRole: { app: 100, database: 50, plain: 0, loadGenerator: 10 } };
    const after = { busy: 2_000, total: 6_000, byRole: { app: 600, database: 250, plain: 0, loadGenerator: 110 } };
    // 2,000 ticks passed on the machine: the app 500, the database 200, the bench 100, others 200.
    expect(cpuShares(before, after)).toEqual({ app: 25, database: 10, plain: 0, loadGenerator: 5, other: 10 });
  });
});
