// "kill -9 of `npm start`'s process tree followed by `npm start` serves again", and a process
// killed by a signal makes `npm start` exit non-zero (so Restart=on-failure restarts it).
// Real processes: `npm start` on its own embedded PostgreSQL, killed the ways a crash kills it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { freePort, root, spawnLogged, waitUntilServing, type App } from "./processes";

function groupMembers(pgid: number): { pid: number; command: string }[] {
  let pids: number[] = [];
  try {
    pids = execFileSync("pgrep", ["-g", String(pgid)], { encoding: "utf8" }).trim().split("\n").map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
  return pids.flatMap((pid) => {
    try {
      return [{ pid, command: readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ") }];
    } catch {
      return [];
    }
  });
}

const isPostgres = (command: string) => /\/bin\/postgres\b/.test(command);

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("after kill -9 of npm start's process tree, npm start serves again; a crash exits non-zero", async ({}, testInfo) => {
  test.setTimeout(300_000);
  const dir = path.join(root, ".data", "e2e-crash-pg");
  rmSync(dir, { recursive: true, force: true });
  const port = await freePort();
  const appUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "localhost", EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()) };
  Object.assign(env, {
    AUTH_URL: appUrl,
    AUTH_SECRET: "crash-test-secret-0123456789abcdef",
    EMAIL_OUTBOX_DIR: mkdtempSync(path.join(tmpdir(), "crash-outbox-")),
    NEXT_TELEMETRY_DISABLED: "1",
  });
  delete env.DATABASE_URL;
  const started: App[] = [];
  const npmStart = () => {
    const app = spawnLogged("npm", ["start"], env);
    started.push(app);
    return app;
  };
  try {
    // 1. Running, then kill -9 of every Node.js process of the tree: the embedded PostgreSQL
    // is left running with no one to stop it (what the issue found).
    const first = npmStart();
    await waitUntilServing(appUrl, 180_000);
    const tree = groupMembers(first.process.pid!);
    const orphans = tree.filter((p) => isPostgres(p.command));
    expect(orphans.length).toBeGreaterThan(0);
    for (const p of tree.filter((p) => !isPostgres(p.command))) process.kill(p.pid, "SIGKILL");
    await first.exited;
    expect(orphans.some((p) => alive(p.pid))).toBe(true);

    // 2. npm start again: the server left running is ours and nobody's, so it is stopped and
    // started afresh, and the app serves.
    const second = npmStart();
    await waitUntilServing(appUrl, 120_000);
    expect(second.log()).toContain("left running by a run that crashed");

    // 3. kill -9 of the whole tree, PostgreSQL included: a stale lock is left behind.
    process.kill(-second.process.pid!, "SIGKILL");
    await second.exited;
    await expect.poll(() => groupMembers(second.process.pid!).length).toBe(0);

    const third = npmStart();
    await waitUntilServing(appUrl, 120_000);
    expect(third.log()).toMatch(/Removed a stale lock|database system was interrupted/);

    // 4. The server process dies by a signal: npm start exits non-zero, and stops its database.
    // The Node.js process running the server itself, `node .next/server.mjs` (not with-db, whose
    // command line ends with the same words, nor tsx's launcher or the shell).
    const server = groupMembers(third.process.pid!).find((p) => /^\S*node \.next\/server\.mjs\s*$/.test(p.command));
    expect(server).toBeDefined();
    process.kill(server!.pid, "SIGKILL");
    const code = await third.exited;
    expect(code).not.toBe(0);
    await expect.poll(() => groupMembers(third.process.pid!).filter((p) => isPostgres(p.command)).length, { timeout: 30_000 }).toBe(0);
  } finally {
    for (const app of started) {
      try {
        process.kill(-app.process.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }
    const logs = started.map((a) => a.log()).join("\n----- next start -----\n");
    writeFileSync(testInfo.outputPath("npm-start.log"), logs);
    await testInfo.attach("npm-start.log", { body: logs, contentType: "text/plain" });
    rmSync(dir, { recursive: true, force: true });
  }
});
