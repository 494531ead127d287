// Every knob of `npm run bench`, read once from the environment and the command line.
// BENCH_QUICK=1 shrinks the durations and data so a whole run takes a few minutes while
// developing the bench itself; its figures are not comparable with a full run.
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

function number(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

function count(name: string, fallback: number): number {
  const value = number(name, fallback);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number, got "${value}"`);
  return value;
}

const quick = process.env.BENCH_QUICK === "1";

// `npm run bench -- --soak`: the mixed soak instead of the standard run. Another mode adds its
// flag here and its module under scripts/bench (run.ts picks the mode).
export type Mode = "standard" | "soak";

export function modeFromArguments(args: string[]): Mode {
  const unknown = args.filter((a) => a !== "--soak");
  if (unknown.length > 0) throw new Error(`unknown argument(s) ${unknown.join(" ")}; the bench takes --soak (see README, "Performance")`);
  return args.includes("--soak") ? "soak" : "standard";
}

export const config = {
  quick,
  // Always build unless told not to: a stale .next would measure code that is not in the tree,
  // and a build costs ~10 s here. BENCH_BUILD=0 reuses an existing build (bench development).
  build: process.env.BENCH_BUILD !== "0",
  // Ports chosen not to collide with `npm run dev` (3000), the e2e server (3100) and their databases.
  appPort: count("BENCH_APP_PORT", 3200),
  signLimitPort: count("BENCH_SIGN_LIMIT_PORT", 3201),
  countLimitPort: count("BENCH_COUNT_LIMIT_PORT", 3202),
  pagesLimitPort: count("BENCH_PAGES_LIMIT_PORT", 3203),
  // Own names rather than EMBEDDED_PG_*: the app start uses --fresh, which deletes this folder,
  // so a developer's exported EMBEDDED_PG_DIR must never be picked up by accident.
  pgPort: count("BENCH_PG_PORT", 54350),
  pgDir: process.env.BENCH_PG_DIR ?? ".data/bench-pg",
  externalDatabase: process.env.DATABASE_URL,
  // Same for the app and the plain servers, so that each ratio compares like with like.
  connections: count("BENCH_CONNECTIONS", 10),
  pipelining: count("BENCH_PIPELINING", 1),
  poolSize: count("DATABASE_POOL_SIZE", 10),
  warmupSeconds: number("BENCH_WARMUP_SECONDS", quick ? 1 : 5),
  // Signing is warmed longer, the app and the plain servers alike: a Server Action runs through
  // far more of Next's code than a read, and a freshly started app took about a minute of
  // signing to reach its steady rate (CPU per action 4.4 → 3.7 → 2.9 ms over three 20 s runs;
  // issue 13). A running instance is warm when a surge comes; the warm-up's own rate is
  // reported beside the table, so the cold start stays visible.
  signWarmupSeconds: number("BENCH_SIGN_WARMUP_SECONDS", quick ? 5 : 30),
  readSeconds: number("BENCH_READ_SECONDS", quick ? 3 : 20),
  // The scale test reads the 1,000- and the 1,000,000-signature campaigns in turns, this many
  // rounds of readSeconds / rounds each, so each side still gets readSeconds in all. Short turns
  // follow the drift closely: the same count read under two names, in turns of 4 s (five
  // rounds), came out 0.85–1.02 times itself over three trials; in turns of 1 s, 0.99–1.00.
  scaleRounds: count("BENCH_SCALE_ROUNDS", quick ? 3 : 20),
  signSeconds: number("BENCH_SIGN_SECONDS", quick ? 5 : 60),
  limitSeconds: number("BENCH_LIMIT_SECONDS", quick ? 3 : 20),
  // How long the app's CPU is watched once the signing runs have ended (it should be idle).
  idleSeconds: number("BENCH_IDLE_SECONDS", quick ? 5 : 20),
  soakSeconds: number("BENCH_SOAK_SECONDS", quick ? 60 : 600),
  soakWarmupSeconds: number("BENCH_SOAK_WARMUP_SECONDS", quick ? 15 : 120),
  // Each signing request uses a different supporter, so the pool must outlast the fastest
  // server: 150,000 covers 2,000 signatures/s for 75 s. Every path (and the plain server) signs
  // a campaign of its own, so the same supporters serve each run once. A run stops early, and
  // says so, if the pool ever runs out.
  users: count("BENCH_USERS", quick ? 30_000 : 150_000),
  baselineSignatures: count("BENCH_BASELINE_SIGNATURES", 1_000),
  scaleSignatures: count("BENCH_SCALE_SIGNATURES", quick ? 100_000 : 1_000_000),
  keepData: process.env.BENCH_KEEP_DATA === "1",
  // The run's own check on the machine being quiet: the share of all cores other processes may
  // take during a measurement (issue 13: 10 %). Raise it only while developing on a busy machine.
  maxOtherCpuPercent: number("BENCH_MAX_OTHER_CPU", 10),
  // BENCH_CPU_PROFILE=1: the app's server runs under `node --cpu-prof` and writes a V8 CPU profile
  // into bench/profiles/ when the bench stops it (open it in Chrome's DevTools).
  cpuProfile: process.env.BENCH_CPU_PROFILE === "1",
};

export type BenchConfig = typeof config;

export const appOrigin = `http://localhost:${config.appPort}`;

// What the bench sends with every page read: what a browser sends, so that the server does the
// compression it does for readers.
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";
