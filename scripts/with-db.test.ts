import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("scripts/with-db.ts", () => {
  it("uses DATABASE_URL as it is and starts no database of its own", () => {
    const url = "postgresql://someone:secret@db.example.internal:5432/campaigns";
    const output = execFileSync(
      "node_modules/.bin/tsx",
      ["scripts/with-db.ts", "--", "node", "-e", "console.log('child sees ' + process.env.DATABASE_URL)"],
      { env: { ...process.env, DATABASE_URL: url, EMBEDDED_PG_PORT: "1" }, encoding: "utf8" },
    );
    expect(output).toContain(`child sees ${url}`);
    expect(output).not.toContain("Embedded PostgreSQL");
  });
});

describe("a command killed by a signal", () => {
  it("makes with-db exit non-zero (128 + the signal), so a process manager restarts it", () => {
    const result = spawnSync("node_modules/.bin/tsx", ["scripts/with-db.ts", "--", "node", "-e", "process.kill(process.pid, 'SIGKILL')"], {
      env: { ...process.env, DATABASE_URL: "postgresql://someone@db.example.internal:5432/campaigns", EMBEDDED_PG_PORT: "1" },
      encoding: "utf8",
    });
    expect(result.status).toBe(137);
    const terminated = spawnSync("node_modules/.bin/tsx", ["scripts/with-db.ts", "--", "node", "-e", "process.kill(process.pid, 'SIGTERM')"], {
      env: { ...process.env, DATABASE_URL: "postgresql://someone@db.example.internal:5432/campaigns", EMBEDDED_PG_PORT: "1" },
      encoding: "utf8",
    });
    expect(terminated.status).toBe(143);
  });
});
