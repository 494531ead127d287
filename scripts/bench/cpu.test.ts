import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { cpuShares, listeningPid, pooledCpu, processTicks, residentMiB } from "./cpu";

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

  it("pools the CPU of several segments, the time between them left out", () => {
    const snap = (busy: number, total: number, app: number) => ({ busy, total, byRole: { app, database: 0, plain: 0, loadGenerator: 0 } });
    // 1,000 ticks with the app at 500, then (after a gap the pool must ignore) 1,000 with it at 100.
    const first = { before: snap(0, 0, 0), after: snap(600, 1_000, 500) };
    const second = { before: snap(5_000, 50_000, 9_000), after: snap(5_200, 51_000, 9_100) };
    expect(pooledCpu([first, second])).toEqual({ app: 30, database: 0, plain: 0, loadGenerator: 0, other: 10 });
    expect(pooledCpu([first, { before: null, after: snap(1, 1, 1) }])).toBeNull();
  });

  it("keeps the CPU of a child that has ended in its parent's ticks", () => {
    const before = processTicks(process.pid)!;
    // A child that spins until it has used half a second of CPU, then ends and is waited for.
    const child = spawnSync(process.execPath, ["-e", "while (process.cpuUsage().user < 500000);"]);
    expect(child.status).toBe(0);
    // 50 ticks at 100 a second; this process's own work between the readings only adds.
    expect(processTicks(process.pid)! - before).toBeGreaterThanOrEqual(50);
  });
});
