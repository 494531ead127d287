// Child processes of the bench: each started in its own process group, logged to a file, and
// stopped by its id. The group matters because the app is a tree (tsx → with-db → next-server,
// plus PostgreSQL running as another user): a stop signal goes to the top so that with-db can
// shut PostgreSQL down cleanly, and only what is still left afterwards is signalled as a group.
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { root } from "./config";

export type Managed = {
  name: string;
  pid: number;
  logFile: string;
  exited: Promise<number | null>;
  hasExited: () => boolean;
};

type StartOptions = { env: NodeJS.ProcessEnv; logFile: string };

export function startProcess(name: string, command: string, args: string[], { env, logFile }: StartOptions): Managed {
  const fd = openSync(logFile, "w");
  // detached: a process group of its own, which a Ctrl-C in the terminal does not reach, so
  // that the bench decides the order things stop in.
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  if (child.pid === undefined) throw new Error(`${name} did not start (${command})`);
  let done = false;
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => {
      done = true;
      resolve(code);
    });
    child.on("error", () => {
      done = true;
      resolve(null);
    });
  });
  return { name, pid: child.pid, logFile, exited, hasExited: () => done };
}

export function logTail(logFile: string, lines = 30): string {
  try {
    return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(100);
  }
  return check();
}

export async function stopProcess(p: Managed, graceMs = 20_000): Promise<void> {
  if (!p.hasExited()) {
    signal(p.pid, "SIGTERM");
    await waitUntil(p.hasExited, graceMs);
  }
  if (!groupAlive(p.pid)) return;
  // Left behind (the top process died first, or ignored SIGTERM): SIGINT is PostgreSQL's
  // fast shutdown; SIGKILL is the last resort.
  signal(-p.pid, "SIGINT");
  if (await waitUntil(() => !groupAlive(p.pid), 5_000)) return;
  signal(-p.pid, "SIGKILL");
  await waitUntil(() => !groupAlive(p.pid), 2_000);
}

export async function runToEnd(name: string, command: string, args: string[], options: StartOptions): Promise<void> {
  const p = startProcess(name, command, args, options);
  const code = await p.exited;
  if (code !== 0) throw new Error(`${name} failed (exit ${code}); last lines of ${options.logFile}:\n${logTail(options.logFile)}`);
}

// Polls until the URL answers with the expected status; fails at once if the process dies.
export async function waitForHttp(url: string, p: Managed, timeoutMs: number, expect = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (p.hasExited()) throw new Error(`${p.name} exited before it was ready; last lines of ${p.logFile}:\n${logTail(p.logFile)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === expect) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`${p.name} not ready at ${url} after ${timeoutMs / 1000} s (${last}); last lines of ${p.logFile}:\n${logTail(p.logFile)}`);
}
