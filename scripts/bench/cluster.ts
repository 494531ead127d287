// npm run bench -- --cluster: the reference deployment (deploy/ nginx in front of two instances
// on one PostgreSQL, as scripts/cluster sets them up) under a viral campaign's load. Measures
//   1. signing alone, through nginx;
//   2. readers alone (the campaign page and the count, four count polls per page load, gzip as
//      browsers ask), as fast as they go;
//   3. readers at the target rate (BENCH_CLUSTER_READ_RATE, 10,000/s) while signing runs, with
//      how old the counts they were served were;
// and checks the targets: ≥ 10,000 reads/s, counts never more than 10 s old, signing not below
// 0.8 of its rate without the readers, count = rows, no 5xx. Writes bench/results-cluster.json.
// TLS is left out by default (the load generator would spend a core on it): the site is
// rendered as for TLS ending before nginx (BENCH_CLUSTER_TLS=1 puts it back).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { clusterConfig } from "../cluster/config";
import { assertBuilt, buildApp, startInstance, type Instance } from "../cluster/instances";
import { startNginx, type Nginx } from "../cluster/nginx";
import { createPrimary, type PgServer } from "../cluster/postgres";
import { addSignatures, checkCounts, createCampaigns, createSupporters } from "./bench-data";
import { read, sampleFreshness, sign, type Freshness, type LoadFigures } from "./cluster-load";
import { root } from "./config";
import { cpuShares, cpuSnapshot, type Roles } from "./cpu";
import { runToEnd, stopProcess } from "./processes";
import { gitState, machine } from "./report";

const env = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+(\.\d+)?$/.test(raw)) throw new Error(`${name} must be a number, got "${raw}"`);
  return Number(raw);
};
const quick = process.env.BENCH_QUICK === "1";
const settings = {
  quick,
  build: process.env.BENCH_BUILD !== "0",
  tls: process.env.BENCH_CLUSTER_TLS === "1",
  readRate: env("BENCH_CLUSTER_READ_RATE", 10_000),
  readConnections: env("BENCH_CLUSTER_READ_CONNECTIONS", 50),
  signConnections: env("BENCH_CONNECTIONS", 10),
  seconds: env("BENCH_CLUSTER_SECONDS", quick ? 5 : 30),
  warmupSeconds: env("BENCH_WARMUP_SECONDS", quick ? 1 : 5),
  users: env("BENCH_USERS", quick ? 20_000 : 100_000),
};
const TARGETS = { readsPerSecond: 10_000, maxCountAgeSeconds: 10, signingRatio: 0.8 };

const started = Date.now();
const log = (line: string) => console.log(`[bench --cluster ${String(Math.round((Date.now() - started) / 1000)).padStart(4)}s] ${line}`);
const running: { instances: Instance[]; nginx?: Nginx; primary?: PgServer; db?: pg.Pool } = { instances: [] };

async function stopAll() {
  await running.db?.end().catch(() => undefined);
  await Promise.all(running.instances.map((i) => stopProcess(i.process)));
  await running.nginx?.stop();
  try {
    running.primary?.stop("fast");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
}

type Measured = LoadFigures & { otherCpuPercent: number | null; loadBefore: number };

async function measured<T extends LoadFigures>(roles: Roles, work: () => Promise<T>): Promise<T & Measured> {
  const loadBefore = Math.round(loadavg()[0]! * 100) / 100;
  const before = cpuSnapshot(roles);
  const figures = await work();
  return { ...figures, otherCpuPercent: cpuShares(before, cpuSnapshot(roles))?.other ?? null, loadBefore };
}

const line = (f: Measured & { accepted?: number }) =>
  `${f.name}: ${f.rps.toLocaleString("en")}/s, p50 ${f.p50} ms, p99 ${f.p99} ms, non-2xx ${f.non2xx}, errors ${f.errors}, other CPU ${f.otherCpuPercent ?? "?"}%` +
  (f.accepted === undefined ? "" : `, ${f.accepted.toLocaleString("en")} signatures accepted`);

export async function benchCluster(): Promise<number> {
  const config = clusterConfig();
  const dir = path.resolve(root, process.env.BENCH_CLUSTER_DIR ?? ".data/bench-cluster");
  const logDir = path.join(dir, "logs");
  mkdirSync(logDir, { recursive: true });
  const results: Record<string, unknown> = { version: 1, kind: "cluster", quick, startedAt: new Date(started).toISOString(), git: gitState(), machine: machine(), settings };
  const notes: string[] = [];
  let ok = false;
  try {
    if (settings.build) {
      log("building (next build; BENCH_BUILD=0 uses the existing build)…");
      await buildApp(logDir);
    } else assertBuilt();
    log(`PostgreSQL (Debian's) on ${config.primaryPort}, two instances on ${config.appPorts.join(" and ")}, nginx on ${settings.tls ? config.httpsPort : config.httpPort}…`);
    const primary = await createPrimary({ dir: path.join(dir, "primary"), port: config.primaryPort });
    running.primary = primary;
    const migrateEnv = { ...process.env, DATABASE_URL: primary.url() };
    await runToEnd("prisma migrate deploy", path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: migrateEnv, logFile: path.join(logDir, "migrate.log") });
    await runToEnd("seed", path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed.ts"], { env: migrateEnv, logFile: path.join(logDir, "seed.log") });
    const origin = settings.tls ? `https://localhost:${config.httpsPort}` : `http://localhost:${config.httpPort}`;
    running.instances = await Promise.all(
      config.appPorts.map((port) =>
        startInstance({ port, databaseUrl: primary.url(), publicOrigin: origin, emailServer: "smtp://127.0.0.1:1?pool=false", dir: logDir, extraEnv: { BACKGROUND_JOBS: "on" } }),
      ),
    );
    running.nginx = await startNginx({ dir: path.join(dir, "nginx"), upstreams: config.appPorts, httpPort: config.httpPort, httpsPort: settings.tls ? config.httpsPort : undefined, accessLog: false });
    const db = new pg.Pool({ connectionString: primary.url(), max: 3 });
    db.on("error", () => {});
    running.db = db;

    const run = `k${Date.now().toString(36)}`;
    log(`creating campaigns and ${settings.users.toLocaleString("en")} supporters with sessions…`);
    const campaigns = await createCampaigns(db, run);
    const tokens = await createSupporters(db, run, settings.users);
    await addSignatures(db, { run, campaignId: campaigns.page.id, from: 1, to: 1_000, existingUsers: settings.users });
    let next = 0;
    const nextToken = () => tokens[next++ % tokens.length]!;
    const cookieName = settings.tls ? "__Host-authjs.session-token" : "authjs.session-token";
    // Whose CPU is the bench's own: the instances and nginx (each leads its process group), and
    // PostgreSQL (its postmaster and its children, each of which leads a session of its own).
    const postmaster = Number(readFileSync(path.join(primary.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const groups: Roles = { app: [...running.instances.map((i) => i.process.pid), running.nginx.process.pid], database: [postmaster], plain: [] };
    const signing = campaigns.signing.json.app;
    const page = `/campaigns/${campaigns.page.slug}`;
    const count = `/api/campaigns/${campaigns.page.slug}/count`;
    const paths = [count, count, count, count, page];
    const signSpec = (name: string, seconds: number) => ({ name, origin, slug: signing.slug, seconds, connections: settings.signConnections, tokens: nextToken, cookieName });

    log(`warming up for ${settings.warmupSeconds} s…`);
    await Promise.all([read({ name: "warm-up", origin, paths, seconds: settings.warmupSeconds, connections: 10 }), sign(signSpec("warm-up", settings.warmupSeconds))]);

    log(`signing alone through nginx for ${settings.seconds} s…`);
    const signingAlone = await measured(groups, () => sign(signSpec("signing alone", settings.seconds)));
    log(line(signingAlone));
    log(`readers alone, as fast as they go, for ${settings.seconds} s…`);
    const readersAlone = await measured(groups, () => read({ name: "readers alone (max)", origin, paths, seconds: settings.seconds, connections: settings.readConnections }));
    log(line(readersAlone));

    log(`readers at ${settings.readRate.toLocaleString("en")}/s while signing runs, for ${settings.seconds} s, sampling how old the counts are…`);
    const servedPageCount = async () => {
      const response = await fetch(`${origin}/campaigns/${signing.slug}`);
      const match = /data-count="(\d+)"/.exec(await response.text());
      return response.ok && match ? Number(match[1]) : null;
    };
    const servedCount = async () => {
      const response = await fetch(`${origin}/api/campaigns/${signing.slug}/count`);
      return response.ok ? ((await response.json()) as { signatureCount: number }).signatureCount : null;
    };
    // The count and the page of the campaign being signed, as its readers get them from nginx.
    const countSampler = sampleFreshness(db, signing.id, servedCount);
    const pageSampler = sampleFreshness(db, signing.id, servedPageCount, 500);
    const [readersWithSigning, signingWithReaders] = await Promise.all([
      measured(groups, () => read({ name: `readers at ${settings.readRate}/s, with signing`, origin, paths, seconds: settings.seconds, connections: settings.readConnections, rate: settings.readRate })),
      measured(groups, () => sign(signSpec("signing, with readers", settings.seconds))),
    ]);
    const countFreshness: Freshness = await countSampler.stop();
    const pageFreshness: Freshness = await pageSampler.stop();
    log(line(readersWithSigning));
    log(line(signingWithReaders));

    const counts = await checkCounts(db, [signing, campaigns.page]);
    const all = [signingAlone, readersAlone, readersWithSigning, signingWithReaders];
    const fivexx = all.reduce((sum, f) => sum + Object.entries(f.statusCodes).filter(([code]) => code.startsWith("5")).reduce((s, [, n]) => s + n, 0), 0);
    const ratio = signingAlone.rps > 0 ? Math.round((signingWithReaders.rps / signingAlone.rps) * 1000) / 1000 : 0;
    const targets = [
      { target: "reads through nginx with signing running", wanted: `≥ ${TARGETS.readsPerSecond.toLocaleString("en")}/s`, measured: `${readersWithSigning.rps.toLocaleString("en")}/s`, pass: readersWithSigning.rps >= TARGETS.readsPerSecond },
      { target: "oldest count served (count endpoint)", wanted: `≤ ${TARGETS.maxCountAgeSeconds} s`, measured: `${countFreshness.maxAgeSeconds.toFixed(1)} s (${countFreshness.samples} samples)`, pass: countFreshness.maxAgeSeconds <= TARGETS.maxCountAgeSeconds && countFreshness.samples > 0 },
      { target: "oldest count served (campaign page)", wanted: `≤ ${TARGETS.maxCountAgeSeconds} s`, measured: `${pageFreshness.maxAgeSeconds.toFixed(1)} s (${pageFreshness.samples} samples)`, pass: pageFreshness.maxAgeSeconds <= TARGETS.maxCountAgeSeconds && pageFreshness.samples > 0 },
      { target: "signing with readers / signing alone", wanted: `≥ ${TARGETS.signingRatio}`, measured: `${ratio} (${signingWithReaders.rps}/s of ${signingAlone.rps}/s)`, pass: ratio >= TARGETS.signingRatio },
      { target: "count = rows, no 5xx", wanted: "yes", measured: `${counts.every((c) => c.ok) ? "counts match" : "COUNTS DIFFER"}, ${fivexx} 5xx`, pass: counts.every((c) => c.ok) && fivexx === 0 },
    ];
    Object.assign(results, { measurements: { signingAlone, readersAlone, readersWithSigning, signingWithReaders }, freshness: { count: countFreshness, page: pageFreshness }, counts, ratio, targets });
    ok = counts.every((c) => c.ok) && fivexx === 0;

    const table = [
      "| measurement | 2xx/s | p50 ms | p99 ms | non-2xx | errors | other CPU |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...all.map((f) => `| ${f.name} | ${f.rps.toLocaleString("en")} | ${f.p50} | ${f.p99} | ${f.non2xx} | ${f.errors} | ${f.otherCpuPercent ?? "?"}% |`),
      "",
      "| target | wanted | measured | |",
      "| --- | --- | --- | --- |",
      ...targets.map((t) => `| ${t.target} | ${t.wanted} | ${t.measured} | ${t.pass ? "pass" : "FAIL"} |`),
    ].join("\n");
    console.log(`\n${table}\n`);
    results.table = table;
  } catch (error) {
    notes.push(`run failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(error instanceof Error ? error.stack : error);
  } finally {
    log("stopping everything…");
    await stopAll();
  }
  results.notes = notes;
  results.finishedAt = new Date().toISOString();
  results.totalSeconds = (Date.now() - started) / 1000;
  const file = path.join(root, "bench", quick ? "results-cluster-quick.json.tmp" : "results-cluster.json");
  writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
  console.log(`results: ${path.relative(root, file)}`);
  return ok ? 0 : 1;
}
