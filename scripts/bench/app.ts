// Builds the app and starts the production server the way an operator would (`npm run build`,
// then `with-db` → `node .next/server.mjs`), on its own embedded PostgreSQL unless DATABASE_URL
// points elsewhere.
import { lookup } from "node:dns/promises";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { appOrigin, config, root } from "./config";
import { listeningPid } from "./cpu";
import { runToEnd, startProcess, waitForHttp, type Managed } from "./processes";

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
export const logPath = (name: string) => path.join(root, "bench", `${name}.log.tmp`);
const serverFile = path.join(root, ".next", "server.mjs");

export async function buildApp(): Promise<{ built: boolean; seconds: number }> {
  const started = Date.now();
  if (!config.build) {
    if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(serverFile)) throw new Error("BENCH_BUILD=0 but there is no build: run without it once");
    return { built: false, seconds: 0 };
  }
  // What `npm run build` does: Next's build, then the server compiled (scripts/build-server.ts).
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  await runToEnd("next build", bin("next"), ["build"], { env, logFile: logPath("build") });
  await runToEnd("server build", bin("tsx"), ["scripts/build-server.ts"], { env, logFile: logPath("build-server") });
  return { built: true, seconds: (Date.now() - started) / 1000 };
}

// Next 16 turns 127.0.0.1 into localhost in the URLs the proxy rewrites to; when the server was
// started with --hostname 127.0.0.1 those rewrites no longer match its own origin, are treated
// as external, and every page answers 307. So the server binds "localhost", which must
// resolve to loopback only: nothing is ever exposed beyond this machine.
async function assertLocalhostIsLoopback() {
  const addresses = await lookup("localhost", { all: true });
  const outside = addresses.filter((a) => !(a.address.startsWith("127.") || a.address === "::1"));
  if (outside.length > 0) throw new Error(`"localhost" resolves to ${outside.map((a) => a.address).join(", ")}: refusing to bind it`);
}

export type RunningApp = {
  process: Managed;
  // The process that serves HTTP (node running .next/server.mjs, under with-db).
  serverPid: number;
  // The embedded PostgreSQL's postmaster (its workers are its children); null on DATABASE_URL.
  postmasterPid: number | null;
  databaseUrl: string;
  database: "embedded" | "DATABASE_URL";
};

export const profileDir = path.join(root, "bench", "profiles");

function embeddedUrl(): string {
  // with-db keeps the embedded server's password next to its data folder (scripts/embedded-postgres.ts).
  const passwordFile = `${path.resolve(root, config.pgDir)}.password`;
  const password = readFileSync(passwordFile, "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.pgPort}/campaigns`;
}

// `track` hears of the process as soon as it exists, so that a failed start is still stopped.
export async function startApp(track: (p: Managed) => void): Promise<RunningApp> {
  await assertLocalhostIsLoopback();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "localhost",
    AUTH_SECRET: "bench-secret-for-measuring-only-0123456789",
    EMAIL_OUTBOX_DIR: path.join(root, ".data", "bench-outbox"),
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_URL: appOrigin,
    PORT: String(config.appPort),
    DATABASE_POOL_SIZE: String(config.poolSize),
    // Signing is rate-limited per user; the bench signs as fast as the server allows.
    EMBEDDED_PG_DIR: config.pgDir,
    EMBEDDED_PG_PORT: String(config.pgPort),
  };
  // With BENCH_CPU_PROFILE=1 the server runs under node --cpu-prof (NODE_OPTIONS cannot carry
  // it on Node 20), which writes its profile when the bench stops it.
  if (config.cpuProfile) mkdirSync(profileDir, { recursive: true });
  const server = [process.execPath, ...(config.cpuProfile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), serverFile];
  const args = ["scripts/with-db.ts", "--fresh", "--", ...server];
  const app = startProcess("app (with-db + server)", bin("tsx"), args, { env, logFile: logPath("app") });
  track(app);
  // A fresh embedded database is created, migrated and seeded first: allow for it.
  await waitForHttp(`${appOrigin}/api/campaigns`, app, 180_000);
  const serverPid = listeningPid(config.appPort);
  if (serverPid === null) throw new Error(`nothing listens on port ${config.appPort} although the app answered: is another server using it?`);
  const external = config.externalDatabase;
  return {
    process: app,
    serverPid,
    postmasterPid: external ? null : postmasterPid(),
    databaseUrl: external ?? embeddedUrl(),
    database: external ? "DATABASE_URL" : "embedded",
  };
}

// PostgreSQL writes its postmaster's pid on the first line of postmaster.pid in its data folder.
function postmasterPid(): number | null {
  try {
    const pid = Number(readFileSync(path.join(path.resolve(root, config.pgDir), "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
