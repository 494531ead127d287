import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAlive, recoverAfterCrash } from "./embedded-postgres-recovery";

// The server-still-running case is proven with real processes in e2e/crash-restart.spec.ts.
function dataDirWithLock(pid: number) {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "pg-recovery-")), "pg");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "postmaster.pid"), `${pid}\n${dir}\n1700000000\n54329\n`);
  return dir;
}

describe("starting the embedded database after a crash", () => {
  it("removes a lock whose server is gone", async () => {
    const gone = spawn("true");
    await new Promise((resolve) => gone.on("exit", resolve));
    expect(isAlive(gone.pid!)).toBe(false);
    const dir = dataDirWithLock(gone.pid!);
    const lines: string[] = [];
    await recoverAfterCrash(dir, (line) => lines.push(line));
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
    expect(lines).toEqual([expect.stringContaining(`the server that held it (PID ${gone.pid}) is gone`)]);
  });

  it("removes a lock whose PID now belongs to another program, and leaves that program alone", async () => {
    const other = spawn("sleep", ["30"]);
    try {
      const dir = dataDirWithLock(other.pid!);
      const lines: string[] = [];
      await recoverAfterCrash(dir, (line) => lines.push(line));
      expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
      expect(lines[0]).toContain("is now another program");
      expect(isAlive(other.pid!)).toBe(true);
    } finally {
      other.kill();
    }
  });

  it("does nothing without a lock", async () => {
    const lines: string[] = [];
    await recoverAfterCrash(mkdtempSync(path.join(tmpdir(), "pg-recovery-")), (line) => lines.push(line));
    expect(lines).toEqual([]);
  });
});
