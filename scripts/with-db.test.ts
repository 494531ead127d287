import { execFileSync } from "node:child_process";
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
