// bench/results.json and the printed tables (Markdown, so they paste into the README as they are).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import path from "node:path";
import type { CountCheck } from "./bench-data";
import { config, root } from "./config";
import type { Figures } from "./load";
import type { SignTally, SigningProbe } from "./signing";

export type Results = {
  version: 1;
  quick: boolean;
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  git: { commit: string; dirty: boolean };
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; os: string; loadAtStart: number[]; loadAtEnd: number[] };
  database: string;
  settings: Record<string, number | string | boolean>;
  build: { built: boolean; seconds: number };
  endpoints: { count: string; countFallback: boolean; signing: SigningProbe | null };
  app: { home: Figures | null; campaignPage: Figures | null; count: Figures | null; signing: Figures | null };
  plain: { count: Figures | null; signing: Figures | null };
  ratios: { count: number | null; signing: number | null };
  scale: {
    signaturesBefore: number;
    signaturesAfter: number;
    insertSeconds: number;
    campaignPage: Figures | null;
    count: Figures | null;
    campaignPageP50Ratio: number | null;
    countP50Ratio: number | null;
  };
  correctness: { ok: boolean; counts: CountCheck[]; app5xx: number; appSocketErrors: number; signing: (SignTally & { rows: number }) | null; notes: string[] };
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
    const dirty = status.trim() !== "";
    return { commit, dirty };
  } catch {
    return { commit: "unknown", dirty: false };
  }
}

export const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a === undefined || b === undefined || b === 0 ? null : Math.round((a / b) * 1000) / 1000;

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? "–" : n.toFixed(digits));

export function evaluateTargets(r: Results): Results["targets"] {
  const s = r.app.signing;
  const page = r.app.campaignPage;
  const failures = (f: Figures) => f.non2xx + f.errors;
  const check = (name: string, target: string, measured: string, pass: boolean | null) => ({ name, target, measured, pass });
  return [
    check("signing rate", `≥ 500/s for ≥ 60 s`, s ? `${fmt(s.rps)}/s for ${s.seconds} s` : "not measured", s ? s.rps >= 500 && s.seconds >= 60 : null),
    check("signing p99", "≤ 250 ms", s ? `${fmt(s.p99)} ms` : "not measured", s ? s.p99 <= 250 : null),
    check("signing errors", "0", s ? String(failures(s)) : "not measured", s ? failures(s) === 0 : null),
    check("signing / plain server", "≥ 0.12", fmt(r.ratios.signing, 3), r.ratios.signing === null ? null : r.ratios.signing >= 0.12),
    check("count endpoint rate", "≥ 2,000/s", r.app.count ? `${fmt(r.app.count.rps)}/s` : "not measured", r.app.count ? r.app.count.rps >= 2000 : null),
    check("campaign page rate", "≥ 1,000/s", page ? `${fmt(page.rps)}/s` : "not measured", page ? page.rps >= 1000 : null),
    check("campaign page p99", "≤ 100 ms", page ? `${fmt(page.p99)} ms` : "not measured", page ? page.p99 <= 100 : null),
    check("count p50 at 1M / at 1k", "≤ 1.2", fmt(r.scale.countP50Ratio, 2), r.scale.countP50Ratio === null ? null : r.scale.countP50Ratio <= 1.2),
    check("page p50 at 1M / at 1k", "≤ 1.2", fmt(r.scale.campaignPageP50Ratio, 2), r.scale.campaignPageP50Ratio === null ? null : r.scale.campaignPageP50Ratio <= 1.2),
    check("correctness (count = rows, no 5xx)", "yes", r.correctness.ok ? "yes" : "no", r.correctness.ok),
    check("whole run", "< 600 s", `${Math.round(r.totalSeconds)} s`, r.quick ? null : r.totalSeconds < 600),
  ];
}

export function renderTables(r: Results): string {
  const header = "| measurement | req/s | p50 ms | p99 ms | non-2xx | socket errors | other CPU | plain server req/s | app / plain |";
  const row = (label: string, f: Figures | null, plain?: Figures | null, ratioValue?: number | null) =>
    f
      ? `| ${label} | ${fmt(f.rps)} | ${fmt(f.p50, 2)} | ${fmt(f.p99, 2)} | ${f.non2xx} | ${f.errors} | ${f.otherCpuPercent === null ? "?" : `${fmt(f.otherCpuPercent, 0)}%`} | ${plain ? fmt(plain.rps) : "–"} | ${fmt(ratioValue ?? null, 3)} |`
      : `| ${label} | not measured | | | | | | ${plain ? fmt(plain.rps) : "–"} | – |`;
  const countLabel = r.endpoints.countFallback ? `count (${r.endpoints.count}, fallback)` : `count (${r.endpoints.count})`;
  const before = r.scale.signaturesBefore.toLocaleString("en");
  const after = r.scale.signaturesAfter.toLocaleString("en");
  const lines = [
    header,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    row("signing (POST, one user per request)", r.app.signing, r.plain.signing, r.ratios.signing),
    row(`campaign page, ${before} signatures`, r.app.campaignPage),
    row(`${countLabel}, ${before} signatures`, r.app.count, r.plain.count, r.ratios.count),
    row("home page", r.app.home),
    row(`campaign page, ${after} signatures`, r.scale.campaignPage),
    row(`${countLabel}, ${after} signatures`, r.scale.count),
    "",
    r.scale.insertSeconds > 0
      ? `p50 at ${after} / at ${before} signatures: count ${fmt(r.scale.countP50Ratio, 2)}, campaign page ${fmt(r.scale.campaignPageP50Ratio, 2)}` +
        ` (${(r.scale.signaturesAfter - r.scale.signaturesBefore).toLocaleString("en")} rows inserted in ${fmt(r.scale.insertSeconds)} s)`
      : "The scale test did not run.",
    "",
    "| target | wanted | measured | |",
    "| --- | --- | --- | --- |",
    ...r.targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${t.pass === null ? "n/a" : t.pass ? "pass" : "FAIL"} |`),
  ];
  const m = r.machine;
  lines.push(
    "",
    `${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${r.database} PostgreSQL, ` +
      `${config.connections} connections × ${config.pipelining} pipelining, load generator on the same machine; ` +
      `commit ${r.git.commit.slice(0, 10)}${r.git.dirty ? " (uncommitted changes)" : ""}${r.quick ? "; QUICK MODE" : ""}. ` +
      `"other CPU": share of the ${m.cores} cores used by processes outside the bench during the measurement (other work slows the figures).`,
  );
  if (!r.endpoints.signing?.available) lines.push(`Signing not measured: ${r.endpoints.signing?.detail ?? "not probed"}.`);
  if (r.endpoints.countFallback) lines.push(`The count figures are for ${r.endpoints.count}: /count does not exist yet (404).`);
  return lines.join("\n");
}

// Only a full run that got to the end replaces bench/results.json; a quick or failed run writes
// next to it, in a file git ignores, so the figures there are always a whole run's.
export function writeResults(r: Results, failed: boolean): string {
  const name = failed ? "results-failed.json.tmp" : r.quick ? "results-quick.json.tmp" : "results.json";
  const file = path.join(root, "bench", name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(r, null, 2) + "\n");
  return file;
}
