// npm run bench (README, "Performance"): build → the production server on a fresh embedded
// PostgreSQL (or DATABASE_URL) → supporters and campaigns in bulk → the app under load → the
// same work on plain node:http + pg servers (the limit) → 1M signatures → correctness → report.
// Everything it starts is stopped at the end, on failure and on Ctrl-C.
import pg from "pg";
import { buildApp, logPath, startApp } from "./app";
import { addSignatures, checkCounts, createCampaigns, createSupporters, deleteBenchData, type BenchCampaigns } from "./bench-data";
import { appOrigin, config } from "./config";
import { measure, probe, type Figures, type LoadSpec } from "./load";
import { logTail, startProcess, stopProcess, waitForHttp, type Managed } from "./processes";
import { evaluateTargets, gitState, machine, ratio, renderTables, writeResults, type Results } from "./report";
import { newTally, probeSigning, signers, signingSpec, type SignTally } from "./signing";

const startedAt = new Date();
const elapsed = () => `${Math.round((Date.now() - startedAt.getTime()) / 1000)}s`.padStart(4);
const log = (message: string) => console.log(`[bench ${elapsed()}] ${message}`);
const running: Managed[] = [];
let db: pg.Pool | undefined;

async function stopAll() {
  while (running.length > 0) {
    const p = running.pop()!;
    log(`stopping ${p.name} (pid ${p.pid})`);
    await stopProcess(p);
  }
}

const summary = (f: Figures) =>
  `${f.name}: ${f.rps}/s, p50 ${f.p50} ms, p99 ${f.p99} ms, non-2xx ${f.non2xx}, socket errors ${f.errors}, other processes ${f.otherCpuPercent ?? "?"}% CPU` +
  (f.notes.length > 0 ? ` (${f.notes.join("; ")})` : "");

async function measureOne(spec: LoadSpec): Promise<Figures> {
  log(`measuring ${spec.name} for ${spec.seconds} s after a ${config.warmupSeconds} s warm-up…`);
  const figures = await measure(spec, running.map((p) => p.pid));
  log(summary(figures));
  // A server that died mid-run (a crash, or a broad `pkill` from another shell) would turn the
  // rest of the run into connection errors: stop with the reason instead.
  const dead = running.find((p) => p.hasExited());
  if (dead) throw new Error(`${dead.name} (pid ${dead.pid}) exited during "${spec.name}"; last lines of ${dead.logFile}:\n${logTail(dead.logFile, 15)}`);
  return figures;
}

// A read is measured only if it answers 200 first: timing redirects or errors would mislead.
async function read(name: string, url: string, notes: string[]): Promise<Figures | null> {
  const { status } = await probe(url);
  if (status === 200) return measureOne({ name, url, seconds: config.readSeconds });
  notes.push(`${name}: ${url} answered ${status}, so it was not measured`);
  log(`${name}: ${url} answered ${status}, not measured`);
  return null;
}

async function countPath(slug: string): Promise<{ path: string; fallback: boolean }> {
  const path = `/api/campaigns/${encodeURIComponent(slug)}/count`;
  if ((await probe(`${appOrigin}${path}`)).status !== 404) return { path, fallback: false };
  return { path: `/api/campaigns/${encodeURIComponent(slug)}`, fallback: true };
}

// The public count answered over HTTP, retried for a few seconds: the product promises an
// exact count "within seconds", so a short server-side cache is allowed.
async function servedCountMatches(url: string, expected: number): Promise<{ ok: boolean; served: number | null }> {
  let served: number | null = null;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const { status, body } = await probe(url);
    const match = status === 200 ? /"signatureCount":(\d+)/.exec(body) : null;
    served = match ? Number(match[1]) : null;
    if (served === expected) return { ok: true, served };
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return { ok: false, served };
}

async function startPlain(mode: "sign" | "count", port: number, databaseUrl: string): Promise<Managed> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: String(config.poolSize), BENCH_ORIGIN: appOrigin };
  const p = startProcess(`plain ${mode} server`, process.execPath, ["--import", "tsx", "scripts/bench/plain-server.ts", mode, String(port)], {
    env,
    logFile: logPath(`plain-${mode}`),
  });
  running.push(p);
  await waitForHttp(`http://localhost:${port}/health`, p, 30_000);
  return p;
}

async function stopPlain(p: Managed) {
  running.splice(running.indexOf(p), 1);
  await stopProcess(p);
}

function emptyResults(): Results {
  return {
    version: 1,
    quick: config.quick,
    startedAt: startedAt.toISOString(),
    finishedAt: "",
    totalSeconds: 0,
    git: gitState(),
    machine: machine(),
    database: config.externalDatabase ? "DATABASE_URL" : "embedded",
    settings: {
      connections: config.connections,
      pipelining: config.pipelining,
      poolSize: config.poolSize,
      warmupSeconds: config.warmupSeconds,
      readSeconds: config.readSeconds,
      signSeconds: config.signSeconds,
      limitSeconds: config.limitSeconds,
      users: config.users,
    },
    build: { built: false, seconds: 0 },
    endpoints: { count: "", countFallback: false, signing: null },
    app: { home: null, campaignPage: null, count: null, signing: null },
    plain: { count: null, signing: null },
    ratios: { count: null, signing: null },
    scale: { signaturesBefore: config.baselineSignatures, signaturesAfter: config.scaleSignatures, insertSeconds: 0, campaignPage: null, count: null, campaignPageP50Ratio: null, countP50Ratio: null },
    correctness: { ok: false, counts: [], app5xx: 0, appSocketErrors: 0, signing: null, notes: [] },
    targets: [],
    notes: [],
  };
}

async function bench(r: Results, runId: string) {
  log(config.build ? "building (next build)…" : "using the existing build (BENCH_BUILD=0)");
  r.build = await buildApp();
  log(`starting the app on ${appOrigin}${config.externalDatabase ? " against DATABASE_URL" : ` with an embedded PostgreSQL on port ${config.pgPort}`}…`);
  const app = await startApp((p) => running.push(p));
  r.database = app.database;
  db = new pg.Pool({ connectionString: app.databaseUrl, max: 2 });

  log(`creating campaigns and ${config.users.toLocaleString("en")} supporters with sessions…`);
  const campaigns: BenchCampaigns = await createCampaigns(db, runId);
  const tokens = await createSupporters(db, runId, config.users);
  await addSignatures(db, { run: runId, campaignId: campaigns.page.id, from: 1, to: config.baselineSignatures, existingUsers: config.users });
  if (!campaigns.pageSource) r.notes.push("no seeded campaign found to copy: the campaign page measured is a plain one");

  const pagePath = `/campaigns/${campaigns.page.slug}`;
  const count = await countPath(campaigns.page.slug);
  r.endpoints.count = count.path.replace(campaigns.page.slug, "{slug}");
  r.endpoints.countFallback = count.fallback;
  r.app.home = await read("home page", `${appOrigin}/`, r.notes);
  r.app.campaignPage = await read("campaign page", `${appOrigin}${pagePath}`, r.notes);
  r.app.count = await read(`count ${r.endpoints.count}`, `${appOrigin}${count.path}`, r.notes);

  const appSigners = signers(tokens);
  const appTally = newTally();
  r.endpoints.signing = await probeSigning(appOrigin, campaigns.signing.slug, appSigners, appTally);
  log(`signing probe: ${r.endpoints.signing.detail}`);
  if (r.endpoints.signing.available) {
    const spec = signingSpec({ name: "signing", origin: appOrigin, slug: campaigns.signing.slug, seconds: config.signSeconds, pool: appSigners, tally: appTally });
    r.app.signing = await measureOne(spec);
    if (appSigners.reused() > 0) r.notes.push(`app signing reused ${appSigners.reused()} sessions`);
  }

  log("measuring the limit: plain node:http + pg servers, same load generator and concurrency…");
  const countServer = await startPlain("count", config.countLimitPort, app.databaseUrl);
  r.plain.count = await measureOne({ name: "plain count", url: `http://localhost:${config.countLimitPort}/api/campaigns/${campaigns.page.slug}/count`, seconds: config.limitSeconds });
  await stopPlain(countServer);
  const signServer = await startPlain("sign", config.signLimitPort, app.databaseUrl);
  const plainTally = newTally();
  const plainOrigin = `http://localhost:${config.signLimitPort}`;
  r.plain.signing = await measureOne(
    signingSpec({ name: "plain signing", origin: plainOrigin, slug: campaigns.plainSigning.slug, seconds: config.limitSeconds, pool: signers(tokens), tally: plainTally }),
  );
  await stopPlain(signServer);
  r.ratios.count = ratio(r.app.count?.rps, r.plain.count.rps);
  r.ratios.signing = ratio(r.app.signing?.rps, r.plain.signing.rps);

  log(`inserting signatures up to ${config.scaleSignatures.toLocaleString("en")} on the measured campaign…`);
  const insertStart = Date.now();
  await addSignatures(db, { run: runId, campaignId: campaigns.page.id, from: config.baselineSignatures + 1, to: config.scaleSignatures, existingUsers: config.users });
  r.scale.insertSeconds = (Date.now() - insertStart) / 1000;
  log(`inserted in ${r.scale.insertSeconds} s`);
  r.scale.campaignPage = await read("campaign page at scale", `${appOrigin}${pagePath}`, r.notes);
  r.scale.count = await read(`count ${r.endpoints.count} at scale`, `${appOrigin}${count.path}`, r.notes);
  r.scale.campaignPageP50Ratio = ratio(r.scale.campaignPage?.p50, r.app.campaignPage?.p50);
  r.scale.countP50Ratio = ratio(r.scale.count?.p50, r.app.count?.p50);

  log("checking correctness…");
  const c = r.correctness;
  c.counts = await checkCounts(db, [campaigns.signing, campaigns.plainSigning, campaigns.page]);
  for (const check of c.counts) if (!check.ok) c.notes.push(`${check.slug}: stored count ${check.stored} ≠ ${check.rows} rows`);
  const appFigures = [r.app.home, r.app.campaignPage, r.app.count, r.app.signing, r.scale.campaignPage, r.scale.count].filter((f) => f !== null);
  c.app5xx = appFigures.reduce((sum, f) => sum + f.http5xx, 0);
  c.appSocketErrors = appFigures.reduce((sum, f) => sum + f.errors, 0);
  if (c.app5xx > 0) c.notes.push(`the app answered ${c.app5xx} responses with 5xx`);
  const signedOnce = (tally: SignTally, rows: number, who: string) => {
    if (tally.alreadySigned > 0) c.notes.push(`${who}: ${tally.alreadySigned} answers said "already signed" although each user signed once`);
    if (tally.unexpected > 0) c.notes.push(`${who}: ${tally.unexpected} 200 answers without ok:true`);
    // When a run ends, autocannon drops the requests still in flight: the server may have
    // stored them without the answer being counted, at most one per connection and run.
    const inFlight = (config.warmupSeconds > 0 ? 2 : 1) * config.connections * config.pipelining;
    if (rows < tally.accepted || rows > tally.accepted + inFlight) {
      c.notes.push(`${who}: ${rows} rows stored for ${tally.accepted} accepted signatures (up to ${inFlight} unanswered allowed)`);
    }
  };
  if (r.app.signing) {
    c.signing = { ...appTally, rows: c.counts[0]?.rows ?? -1 };
    signedOnce(appTally, c.signing.rows, "app signing");
  }
  signedOnce(plainTally, c.counts[1]?.rows ?? -1, "plain signing");
  const served = await servedCountMatches(`${appOrigin}${count.path}`, c.counts[2]?.stored ?? -1);
  if (!served.ok) c.notes.push(`${count.path} served ${served.served}, the database holds ${c.counts[2]?.stored}`);
  c.ok = c.counts.length === 3 && c.counts.every((x) => x.ok) && c.app5xx === 0 && c.notes.length === 0;

  if (app.database === "DATABASE_URL" && !config.keepData) {
    log("deleting the bench's rows from DATABASE_URL…");
    await deleteBenchData(db, runId, [campaigns.signing, campaigns.plainSigning, campaigns.page]);
  }
}

async function main() {
  const r = emptyResults();
  const runId = `b${Date.now().toString(36)}`;
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping everything`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let failed = false;
  try {
    await bench(r, runId);
  } catch (error) {
    failed = true;
    r.notes.push(`run failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await db?.end().catch(() => undefined);
    await stopAll();
  }
  r.finishedAt = new Date().toISOString();
  r.totalSeconds = (Date.now() - startedAt.getTime()) / 1000;
  r.machine.loadAtEnd = machine().loadAtStart;
  r.targets = evaluateTargets(r);
  const file = writeResults(r, failed);
  console.log(`\n${renderTables(r)}\n`);
  for (const note of [...r.notes, ...r.correctness.notes]) console.log(`note: ${note}`);
  console.log(`results: ${file}`);
  process.exit(failed || !r.correctness.ok ? 1 : 0);
}

// npm run bench -- --cluster: the reference deployment under load (scripts/bench/cluster.ts).
if (process.argv.includes("--cluster")) void import("./cluster").then(({ benchCluster }) => benchCluster()).then((code) => process.exit(code));
else void main();
