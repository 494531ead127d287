// bench/results.json and the printed tables (Markdown, so they paste into the README as they are).
// Targets are ratios to plain servers on the same machine in the same run, sizes, and
// correctness: absolute rates differ 20–25 % between machines of one kind, so they are reported,
// not targeted (issue 13).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import path from "node:path";
import type { CountCheck } from "./bench-data";
import { config, root, type Mode } from "./config";
import type { Figures } from "./load";
import type { PageWeight } from "./pages";
import { SIGNING_PATHS, SIGNING_PATH_LABELS, type SigningPath } from "./sign-requests";
import type { SignTally, SigningProbe } from "./signing";

export type SigningResult = {
  probe: SigningProbe | null;
  app: Figures | null;
  plain: Figures | null;
  ratio: number | null;
  appTally: SignTally;
  plainTally: SignTally;
};

export type SoakResult = {
  seconds: number;
  warmupSeconds: number;
  // [seconds since the start, resident MB] every few seconds.
  rss: [number, number][];
  rssAfterWarmupMB: number | null;
  rssAtEndMB: number | null;
  growth: number | null;
  segments: Figures[];
};

export type Results = {
  version: 2;
  mode: Mode;
  quick: boolean;
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  git: { commit: string; dirty: boolean };
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; os: string; loadAtStart: number[]; loadAtEnd: number[] };
  database: string;
  settings: Record<string, number | string | boolean>;
  build: { built: boolean; seconds: number };
  pages: { weights: PageWeight[]; sharedScriptsBytes: number };
  reads: { home: Figures | null; campaignPage: Figures | null; count: Figures | null };
  plainReads: { home: Figures | null; campaignPage: Figures | null; count: Figures | null };
  readRatios: { home: number | null; campaignPage: number | null; count: number | null };
  signing: Record<SigningPath, SigningResult>;
  idleAfterSigning: { seconds: number; appPercentOfOneCore: number | null; samples: number[] } | null;
  memory: { appRssMB: number | null };
  scale: {
    signaturesBefore: number;
    signaturesAfter: number;
    insertSeconds: number;
    // The 1,000-signature copy, read just before its 1,000,000-signature twin (the ratios' base).
    baselineCampaignPage: Figures | null;
    baselineCount: Figures | null;
    campaignPage: Figures | null;
    count: Figures | null;
    campaignPageP50Ratio: number | null;
    countP50Ratio: number | null;
  };
  soak: SoakResult | null;
  correctness: { ok: boolean; counts: CountCheck[]; app5xx: number; appSocketErrors: number; notes: string[] };
  targets: { name: string; target: string; measured: string; pass: boolean | null }[];
  notes: string[];
};

export function machine() {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGiB: round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAtStart: loadavg().map(round),
    loadAtEnd: [] as number[],
  };
}

export function gitState(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    // The bench's own output (results, logs) does not make the measured code differ from the commit.
    const status = execFileSync("git", ["status", "--porcelain", "--", ".", ":(exclude)bench"], { cwd: root, encoding: "utf8" });
    return { commit, dirty: status.trim() !== "" };
  } catch {
    return { commit: "unknown", dirty: false };
  }
}

const emptySigning = (): SigningResult => ({
  probe: null,
  app: null,
  plain: null,
  ratio: null,
  appTally: { accepted: 0, alreadySigned: 0, unexpected: 0 },
  plainTally: { accepted: 0, alreadySigned: 0, unexpected: 0 },
});

export function emptyResults(mode: Results["mode"], startedAt: Date): Results {
  return {
    version: 2,
    mode,
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
      signWarmupSeconds: config.signWarmupSeconds,
      readSeconds: config.readSeconds,
      scaleRounds: config.scaleRounds,
      signSeconds: config.signSeconds,
      limitSeconds: config.limitSeconds,
      idleSeconds: config.idleSeconds,
      users: config.users,
      maxOtherCpuPercent: config.maxOtherCpuPercent,
      ...(mode === "soak" ? { soakSeconds: config.soakSeconds, soakWarmupSeconds: config.soakWarmupSeconds } : {}),
    },
    build: { built: false, seconds: 0 },
    pages: { weights: [], sharedScriptsBytes: 0 },
    reads: { home: null, campaignPage: null, count: null },
    plainReads: { home: null, campaignPage: null, count: null },
    readRatios: { home: null, campaignPage: null, count: null },
    signing: { action: emptySigning(), form: emptySigning(), json: emptySigning() },
    idleAfterSigning: null,
    memory: { appRssMB: null },
    scale: { signaturesBefore: config.baselineSignatures, signaturesAfter: config.scaleSignatures, insertSeconds: 0, baselineCampaignPage: null, baselineCount: null, campaignPage: null, count: null, campaignPageP50Ratio: null, countP50Ratio: null },
    soak: null,
    correctness: { ok: false, counts: [], app5xx: 0, appSocketErrors: 0, notes: [] },
    targets: [],
    notes: [],
  };
}

export const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a === undefined || b === undefined || b === 0 ? null : Math.round((a / b) * 1000) / 1000;

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? "–" : n.toFixed(digits));
const bytes = (n: number) => n.toLocaleString("en");

// Every measurement the run took, app and plain servers alike.
export function allFigures(r: Results): Figures[] {
  const signing = SIGNING_PATHS.flatMap((p) => [r.signing[p].app, r.signing[p].plain]);
  const list = [...Object.values(r.reads), ...Object.values(r.plainReads), ...signing, r.scale.baselineCampaignPage, r.scale.campaignPage, r.scale.baselineCount, r.scale.count, ...(r.soak?.segments ?? [])];
  return list.filter((f): f is Figures => f !== null);
}

const plainFigures = (r: Results) => [...Object.values(r.plainReads), ...SIGNING_PATHS.map((p) => r.signing[p].plain)].filter((f): f is Figures => f !== null);

// A share of all cores as a share of one core (what `top` shows for a process).
const ofOneCore = (shareOfAllCores: number, cores: number) => Math.round(shareOfAllCores * cores * 10) / 10;

type Check = Results["targets"][number];
const check = (name: string, target: string, measured: string, pass: boolean | null): Check => ({ name, target, measured, pass });
const atLeast = (name: string, min: number, value: number | null) => check(name, `≥ ${min}`, fmt(value, 3), value === null ? null : value >= min);

// Every measurement's machine speed, wherever in the results it sits.
function machineSpeeds(value: unknown, found: number[] = []): number[] {
  if (value && typeof value === "object") {
    const speed = (value as { machineSpeedPercent?: unknown }).machineSpeedPercent;
    if (typeof speed === "number") found.push(speed);
    for (const child of Object.values(value)) machineSpeeds(child, found);
  }
  return found;
}

export function evaluateTargets(r: Results): Check[] {
  const checks: Check[] = [];
  const cores = r.machine.cores;
  if (r.mode === "standard") {
    checks.push(atLeast("signing, Server Action / plain server", 0.35, r.signing.action.ratio));
    checks.push(atLeast("signing, JSON endpoint / plain server", 0.4, r.signing.json.ratio));
    checks.push(check("signing, form post without JavaScript / plain server", "reported", fmt(r.signing.form.ratio, 3), null));
    checks.push(atLeast("count endpoint / plain count", 0.35, r.readRatios.count));
    const publicPages = r.pages.weights.filter((p) => !p.signedIn);
    const campaign = publicPages.find((p) => p.path.startsWith("/campaigns/"));
    checks.push(check("campaign page HTML", "≤ 30,000 bytes", campaign ? `${bytes(campaign.htmlBytes)} bytes` : "not measured", campaign ? campaign.htmlBytes <= 30_000 : null));
    const heaviest = [...publicPages].sort((a, b) => b.firstLoadJsCompressedBytes - a.firstLoadJsCompressedBytes)[0];
    checks.push(
      check(
        "first-load JavaScript (compressed), heaviest public page",
        "≤ 100,000 bytes",
        heaviest ? `${bytes(heaviest.firstLoadJsCompressedBytes)} bytes (${heaviest.path})` : "not measured",
        heaviest ? heaviest.firstLoadJsCompressedBytes <= 100_000 : null,
      ),
    );
    const idle = r.idleAfterSigning?.appPercentOfOneCore ?? null;
    checks.push(check(`app CPU in the ${r.idleAfterSigning?.seconds ?? config.idleSeconds} s after signing (of one core)`, "< 5 %", idle === null ? "not measured" : `${fmt(idle)} %`, idle === null ? null : idle < 5));
    const duringPlain = plainFigures(r).map((f) => (f.cpu ? ofOneCore(f.cpu.app, cores) : null)).filter((v): v is number => v !== null);
    const worst = duringPlain.length > 0 ? Math.max(...duringPlain) : null;
    checks.push(check("app CPU while the plain servers run, highest (of one core)", "< 5 %", worst === null ? "not measured" : `${fmt(worst)} %`, worst === null ? null : worst < 5));
    const rss = r.memory.appRssMB;
    checks.push(check("app resident memory after the whole bench", "≤ 400 MB", rss === null ? "not measured" : `${fmt(rss, 0)} MB`, rss === null ? null : rss <= 400));
    const scaleCheck = (name: string, value: number | null) => check(name, "≤ 1.2", fmt(value, 2), value === null ? null : value <= 1.2);
    checks.push(scaleCheck("count p50 at 1M / at 1k signatures", r.scale.countP50Ratio));
    checks.push(scaleCheck("campaign page p50 at 1M / at 1k signatures", r.scale.campaignPageP50Ratio));
  } else {
    const growth = r.soak?.growth ?? null;
    checks.push(
      check(
        `resident memory growth after the ${r.soak?.warmupSeconds ?? config.soakWarmupSeconds} s warm-up`,
        "≤ 10 %",
        growth === null ? "not measured" : `${fmt(growth * 100)} % (${fmt(r.soak?.rssAfterWarmupMB, 0)} → ${fmt(r.soak?.rssAtEndMB, 0)} MB)`,
        growth === null ? null : growth <= 0.1,
      ),
    );
  }
  const others = allFigures(r).map((f) => f.otherCpuPercent).filter((v): v is number => v !== null);
  const worstOther = others.length > 0 ? Math.max(...others) : null;
  checks.push(
    check(
      "other processes' CPU, every measurement (of all cores)",
      `≤ ${config.maxOtherCpuPercent} %`,
      worstOther === null ? "unknown" : `highest ${fmt(worstOther)} %`,
      worstOther === null ? null : worstOther <= config.maxOtherCpuPercent,
    ),
  );
  checks.push(check("correctness (count = rows, each accepted signature stored once, no 5xx)", "yes", r.correctness.ok ? "yes" : "no", r.correctness.ok));
  return checks;
}

const cpuCell = (share: number | undefined) => (share === undefined ? "?" : `${fmt(share, 0)}%`);

function figureRow(label: string, f: Figures | null, plain?: Figures | null, ratioValue?: number | null): string {
  if (!f) return `| ${label} | not measured | | | | | | | | ${plain ? fmt(plain.rps) : "–"} | – |`;
  return `| ${label} | ${fmt(f.rps)} | ${fmt(f.p50, 2)} | ${fmt(f.p99, 2)} | ${f.non2xx} | ${f.errors} | ${cpuCell(f.cpu?.app)} | ${cpuCell(f.cpu?.database)} | ${cpuCell(f.cpu?.other)} | ${plain ? fmt(plain.rps) : "–"} | ${fmt(ratioValue ?? null, 3)} |`;
}

function plainRow(label: string, f: Figures | null, cores: number): string {
  if (!f) return `| ${label} | not measured | | | | | | |`;
  return `| ${label} | ${fmt(f.rps)} | ${fmt(f.p50, 2)} | ${fmt(f.p99, 2)} | ${f.non2xx + f.errors} | ${f.cpu ? `${fmt(ofOneCore(f.cpu.app, cores))}%` : "?"} | ${cpuCell(f.cpu?.database)} | ${cpuCell(f.cpu?.other)} |`;
}

function standardTables(r: Results): string[] {
  const before = r.scale.signaturesBefore.toLocaleString("en");
  const after = r.scale.signaturesAfter.toLocaleString("en");
  const lines = [
    "| measurement | req/s | p50 ms | p99 ms | non-2xx | socket errors | app CPU | database CPU | other CPU | plain server req/s | app / plain |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...SIGNING_PATHS.map((p) => figureRow(`signing: ${SIGNING_PATH_LABELS[p]}`, r.signing[p].app, r.signing[p].plain, r.signing[p].ratio)),
    figureRow(`campaign page, ${before} signatures`, r.reads.campaignPage, r.plainReads.campaignPage, r.readRatios.campaignPage),
    figureRow(`count, ${before} signatures`, r.reads.count, r.plainReads.count, r.readRatios.count),
    figureRow("home page", r.reads.home, r.plainReads.home, r.readRatios.home),
    figureRow(`scale test: campaign page, ${before} signatures`, r.scale.baselineCampaignPage),
    figureRow(`scale test: campaign page, ${after} signatures`, r.scale.campaignPage),
    figureRow(`scale test: count, ${before} signatures`, r.scale.baselineCount),
    figureRow(`scale test: count, ${after} signatures`, r.scale.count),
    "",
    r.scale.insertSeconds > 0
      ? `p50 at ${after} / at ${before} signatures, the two read in turns (${fmt(r.scale.baselineCount?.seconds, 0)} s each in ${r.settings.scaleRounds ?? "?"} rounds): count ${fmt(r.scale.countP50Ratio, 2)}, campaign page ${fmt(r.scale.campaignPageP50Ratio, 2)} ` +
        `(${r.scale.signaturesAfter.toLocaleString("en")} rows inserted on a second copy of the campaign in ${fmt(r.scale.insertSeconds)} s)`
      : "The scale test did not run.",
    "",
    "The plain servers (the app idle meanwhile; its CPU in percent of one core):",
    "",
    "| plain server | req/s | p50 ms | p99 ms | failures | app CPU | database CPU | other CPU |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...SIGNING_PATHS.map((p) => plainRow(`signing: ${SIGNING_PATH_LABELS[p]}`, r.signing[p].plain, r.machine.cores)),
    plainRow("campaign page from memory", r.plainReads.campaignPage, r.machine.cores),
    plainRow("count (same query, same 1 s memo)", r.plainReads.count, r.machine.cores),
    plainRow("home page from memory", r.plainReads.home, r.machine.cores),
    "",
  ];
  const speeds = machineSpeeds(r);
  if (speeds.length > 0) lines.push(`The machine's speed just before each measurement (plain CPU work, percent of the best seen in this run): lowest ${Math.min(...speeds)} %; the bench waits while it is below 80 % (scripts/bench/machine-speed.ts).`, "");
  const warmups = SIGNING_PATHS.flatMap((p) => {
    const app = r.signing[p].app?.warmup;
    const plain = r.signing[p].plain?.warmup;
    return app ? [`${SIGNING_PATH_LABELS[p]} ${fmt(app.rps)}/s (plain server ${plain ? `${fmt(plain.rps)}/s` : "–"})`] : [];
  });
  if (warmups.length > 0) {
    lines.push(`Each signing measurement follows ${config.signWarmupSeconds} s of the same load (reads: ${config.warmupSeconds} s), the app and the plain servers alike. Their rates during that warm-up: ${warmups.join("; ")}.`, "");
  }
  const idle = r.idleAfterSigning;
  if (idle) lines.push(`App CPU in the ${idle.seconds} s after the signing runs (percent of one core, per second): ${idle.samples.map((s) => fmt(s, 0)).join(" ")}; mean ${fmt(idle.appPercentOfOneCore)} %.`, "");
  if (r.pages.weights.length > 0) {
    lines.push(
      "| page | HTML bytes | HTML compressed | payload in the HTML | first-load JS, compressed |",
      "| --- | ---: | ---: | ---: | ---: |",
      ...r.pages.weights.map((p) => `| ${p.path} | ${bytes(p.htmlBytes)} | ${bytes(p.htmlCompressedBytes)} | ${bytes(p.payloadBytes)} | ${bytes(p.firstLoadJsCompressedBytes)} |`),
      "",
      `Of the first-load JavaScript, ${bytes(r.pages.sharedScriptsBytes)} bytes compressed are loaded by every public page. A visitor without a session gets light pages (no React, no Next router, no payload; docs/decisions/020-light-pages.md); a signed-in supporter gets Next's pages, hydrated (the "signed in" row).`,
      "",
    );
  }
  return lines;
}

function soakTables(r: Results): string[] {
  const soak = r.soak;
  if (!soak) return ["The soak did not run.", ""];
  return [
    "| segment | req/s | p50 ms | p99 ms | non-2xx | app CPU | database CPU | other CPU |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...soak.segments.map((f) => `| ${f.name} | ${fmt(f.rps)} | ${fmt(f.p50, 2)} | ${fmt(f.p99, 2)} | ${f.non2xx} | ${cpuCell(f.cpu?.app)} | ${cpuCell(f.cpu?.database)} | ${cpuCell(f.cpu?.other)} |`),
    "",
    `App resident memory (MB) every ${soak.rss.length > 1 ? soak.rss[1]![0] - soak.rss[0]![0] : "?"} s: ${soak.rss.map(([, mb]) => fmt(mb, 0)).join(" ")}`,
    "",
  ];
}

export function renderTables(r: Results): string {
  const lines = r.mode === "standard" ? standardTables(r) : soakTables(r);
  lines.push(
    "| target | wanted | measured | |",
    "| --- | --- | --- | --- |",
    ...r.targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${t.pass === null ? "reported" : t.pass ? "pass" : "FAIL"} |`),
  );
  const m = r.machine;
  lines.push(
    "",
    `${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${r.database} PostgreSQL, ` +
      `${config.connections} connections × ${config.pipelining} pipelining, load generator on the same machine; ` +
      `commit ${r.git.commit.slice(0, 10)}${r.git.dirty ? " (uncommitted changes)" : ""}${r.quick ? "; QUICK MODE" : ""}; ` +
      `load average ${m.loadAtStart.join(" ")} at the start, ${m.loadAtEnd.join(" ")} at the end. ` +
      `CPU columns: share of all ${m.cores} cores during the measurement, unless marked "of one core"; ` +
      `"other" is every process that is neither the app, its database, a plain server nor the load generator.`,
  );
  for (const p of SIGNING_PATHS) {
    const probe = r.signing[p].probe;
    if (probe && !probe.available) lines.push(`Signing not measured: ${probe.detail}.`);
  }
  return lines.join("\n");
}

// Only a full run that got to the end replaces bench/results.json (bench/soak.json for the
// soak); a quick or failed run writes next to it, in a file git ignores.
export function writeResults(r: Results, failed: boolean): string {
  const base = r.mode === "soak" ? "soak" : "results";
  const name = failed ? `${base}-failed.json.tmp` : r.quick ? `${base}-quick.json.tmp` : `${base}.json`;
  const file = path.join(root, "bench", name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(r, null, 2) + "\n");
  return file;
}
