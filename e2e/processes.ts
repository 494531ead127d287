// Real processes for specs that need an app of their own (a restart, another setting): the
// production build started as `npm start` does (scripts/with-db.ts; given DATABASE_URL it
// starts no database), on a free port.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { expect } from "./fixtures";

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

export function startApp(port: number, env: Record<string, string>): App {
  const child = spawn(bin("tsx"), ["scripts/with-db.ts", "--", bin("tsx"), "server.ts"], {
    cwd: root,
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOST: "localhost" },
    stdio: "pipe",
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { process: child, exited, log: () => log };
}

// The server loads instrumentation.ts (and so starts its background jobs) as it starts.
export async function waitUntilServing(url: string) {
  await expect
    .poll(() => fetch(`${url}/api/campaigns`).then((r) => r.status, () => 0), { timeout: 60_000, intervals: [250], message: `${url} serving` })
    .toBe(200);
}

export async function stopApp(app: App | undefined): Promise<string> {
  if (!app) return "";
  app.process.kill("SIGTERM");
  await app.exited;
  return app.log();
}
