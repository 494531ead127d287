// Real processes for the specs that start their own app (restarts, crashes, outages): the
// production build started the way `npm start` starts it, on ports and databases of their own.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { expect } from "@playwright/test";

export const root = path.resolve(import.meta.dirname, "..");
export const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}:\n${output}`))));
  });
}

export type App = { process: ChildProcess; exited: Promise<number | null>; log: () => string };

/** Spawns a command in a process group of its own, keeping its output. */
export function spawnLogged(command: string, args: string[], env: NodeJS.ProcessEnv): App {
  const child = spawn(command, args, { cwd: root, env, stdio: "pipe", detached: true });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { process: child, exited, log: () => log };
}

// `npm start` without npm: with-db.ts, given DATABASE_URL, starts no database and runs the server.
export function startApp(port: number, env: Record<string, string>): App {
  return spawnLogged(bin("tsx"), ["scripts/with-db.ts", "--", process.execPath, ".next/server.mjs"], {
    ...process.env,
    ...env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "localhost",
  });
}

// The server loads instrumentation.ts (and so starts the outbox worker) as it starts.
export async function waitUntilServing(url: string, timeout = 60_000) {
  await expect
    .poll(() => fetch(`${url}/api/campaigns`).then((r) => r.status, () => 0), { timeout, intervals: [250], message: `${url} serving` })
    .toBe(200);
}

/**
 * Stops an app as a process manager would (SIGTERM to the top, wait for it), then takes down
 * whatever of its process group is left: on a loaded machine tsx's launcher can give up on a
 * relayed signal and leave the server running without a parent.
 */
export async function stopApp(app: App, graceMs = 30_000): Promise<number | null> {
  app.process.kill("SIGTERM");
  const code = await Promise.race([app.exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), graceMs))]);
  try {
    process.kill(-app.process.pid!, "SIGKILL");
  } catch {
    // Nothing left.
  }
  return code;
}
