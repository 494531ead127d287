// Every knob of `npm run bench`, read once from the environment. BENCH_QUICK=1 shrinks the
// durations and data so a whole run takes about a minute while developing the bench itself;
// its figures are not comparable with a full run.
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of seconds, got "${raw}"`);
  return value;
}

function count(name: string, fallback: number): number {
  const value = seconds(name, fallback);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number, got "${value}"`);
  return value;
}

const quick = process.env.BENCH_QUICK === "1";

export const config = {
  quick,
  // Always build unless told not to: a stale .next would measure code that is not in the tree,
  // and a build costs ~10 s here. BENCH_BUILD=0 reuses an existing build (bench development).
  build: process.env.BENCH_BUILD !== "0",
  // Ports chosen not to collide with `npm run dev` (3000), the e2e server (3100) and their databases.
  appPort: count("BENCH_APP_PORT", 3200),
  signLimitPort: count("BENCH_SIGN_LIMIT_PORT", 3201),
  countLimitPort: count("BENCH_COUNT_LIMIT_PORT", 3202),
  // Own names rather than EMBEDDED_PG_*: the app start uses --fresh, which deletes this folder,
  // so a developer's exported EMBEDDED_PG_DIR must never be picked up by accident.
  pgPort: count("BENCH_PG_PORT", 54350),
  pgDir: process.env.BENCH_PG_DIR ?? ".data/bench-pg",
  externalDatabase: process.env.DATABASE_URL,
  // Same for the app and the plain servers, so that each ratio compares like with like.
  connections: count("BENCH_CONNECTIONS", 10),
  pipelining: count("BENCH_PIPELINING", 1),
  poolSize: count("DATABASE_POOL_SIZE", 10),
  warmupSeconds: seconds("BENCH_WARMUP_SECONDS", quick ? 1 : 5),
  readSeconds: seconds("BENCH_READ_SECONDS", quick ? 3 : 20),
  signSeconds: seconds("BENCH_SIGN_SECONDS", quick ? 5 : 60),
  limitSeconds: seconds("BENCH_LIMIT_SECONDS", quick ? 3 : 20),
  // Each signing request uses a different user, so the pool must outlast the fastest server:
  // 150,000 covers 1,500 signatures/s for 65 s on the app and more on the plain server (which
  // stops early, and says so, if it ever runs out).
  users: count("BENCH_USERS", quick ? 30_000 : 150_000),
  baselineSignatures: count("BENCH_BASELINE_SIGNATURES", 1_000),
  scaleSignatures: count("BENCH_SCALE_SIGNATURES", quick ? 100_000 : 1_000_000),
  keepData: process.env.BENCH_KEEP_DATA === "1",
};

export type BenchConfig = typeof config;

export const appOrigin = `http://localhost:${config.appPort}`;
