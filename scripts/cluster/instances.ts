// App instances as an operator runs them (`npm start`: with-db, which starts no database when
// DATABASE_URL is set, then server.ts), each in a process group of its own so that one can be
// killed whole (kill -9 of the tree) while the others serve on.
import { existsSync } from "node:fs";
import path from "node:path";
import { runToEnd, startProcess, stopProcess, waitForHttp, type Managed } from "../bench/processes";
import { root } from "./config";

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export type InstanceSettings = {
  port: number;
  databaseUrl: string;
  replicaUrl?: string;
  /** The public origin, as the load balancer serves it (AUTH_URL). */
  publicOrigin: string;
  emailServer: string;
  dir: string;
  extraEnv?: Record<string, string>;
};

export type Instance = {
  name: string;
  port: number;
  origin: string;
  process: Managed;
  logFiles: string[];
  settings: InstanceSettings;
};

// What `npm run build` does: Next's build, then the server compiled to .next/server.mjs.
export async function buildApp(logDir: string): Promise<void> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  await runToEnd("next build", bin("next"), ["build"], { env, logFile: path.join(logDir, "build.log") });
  await runToEnd("server build", bin("tsx"), ["scripts/build-server.ts"], { env, logFile: path.join(logDir, "build-server.log") });
}

export function assertBuilt(): void {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(path.join(root, ".next", "server.mjs"))) throw new Error("there is no production build: run `npm run build` first, or leave CLUSTER_BUILD unset");
}

function env(s: InstanceSettings): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(s.port),
    // "localhost" rather than 127.0.0.1: Next rewrites to localhost (scripts/bench/app.ts).
    HOST: "localhost",
    AUTH_URL: s.publicOrigin,
    AUTH_SECRET: "cluster-test-secret-0123456789abcdef-0123456789",
    DATABASE_URL: s.databaseUrl,
    ...(s.replicaUrl ? { DATABASE_REPLICA_URL: s.replicaUrl } : {}),
    EMAIL_SERVER: s.emailServer,
    EMAIL_FROM: "Campaign updates <updates@localhost>",
    ADMIN_EMAILS: "admin@cluster.test",
    // nginx in front, setting X-Forwarded-For itself.
    TRUSTED_PROXY_HOPS: "1",
    DATABASE_POOL_SIZE: "10",
    ...s.extraEnv,
  };
}

let starts = 0;

/** Starts an instance and waits until /api/ready answers 200. */
export async function startInstance(s: InstanceSettings): Promise<Instance> {
  starts += 1;
  const logFile = path.join(s.dir, `app-${s.port}-${starts}.log`);
  const process = startProcess(`app :${s.port}`, bin("tsx"), ["scripts/with-db.ts", "--", globalThis.process.execPath, ".next/server.mjs"], { env: env(s), logFile });
  const origin = `http://localhost:${s.port}`;
  await waitForHttp(`${origin}/api/ready`, process, 120_000);
  return { name: `instance :${s.port}`, port: s.port, origin, process, logFiles: [logFile], settings: s };
}

/** kill -9 of the instance's whole process tree (tsx, with-db, the server). */
export async function killInstance(instance: Instance): Promise<void> {
  try {
    process.kill(-instance.process.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
  await instance.process.exited;
}

export async function restartInstance(instance: Instance): Promise<Instance> {
  const next = await startInstance(instance.settings);
  return { ...next, logFiles: [...instance.logFiles, ...next.logFiles] };
}

export async function stopInstance(instance: Instance): Promise<void> {
  await stopProcess(instance.process);
}
