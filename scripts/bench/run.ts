// npm run bench (README, "Performance"): the standard run (./standard.ts), or with --soak the
// ten-minute mixed soak (./soak.ts). Both build, start the production server on a fresh
// embedded PostgreSQL (or DATABASE_URL), create their data in bulk, measure, check correctness,
// and write bench/results.json (bench/soak.json) and the tables. Everything started is stopped
// at the end, on failure and on Ctrl-C. A new mode is a module like ./soak.ts, a flag in
// ./config.ts and a line in MODES. With --cluster, ./cluster.ts measures the reference
// deployment instead (its own setup: nginx in front of two instances).
import { config, modeFromArguments } from "./config";
import { BenchContext } from "./context";
import { evaluateTargets, emptyResults, machine, renderTables, writeResults, type Results } from "./report";
import { soakRun } from "./soak";
import { standardRun } from "./standard";

const MODES: Record<Results["mode"], (ctx: BenchContext, r: Results, runId: string) => Promise<void>> = {
  standard: standardRun,
  soak: soakRun,
};

async function main() {
  const mode = modeFromArguments(process.argv.slice(2));
  const ctx = new BenchContext();
  const r = emptyResults(mode, ctx.startedAt);
  const runId = `b${Date.now().toString(36)}`;
  const onSignal = (signal: NodeJS.Signals) => {
    ctx.log(`${signal}: stopping everything`);
    void ctx.stopAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let failed = false;
  try {
    await MODES[mode](ctx, r, runId);
  } catch (error) {
    failed = true;
    r.notes.push(`run failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  } finally {
    await ctx.stopAll();
  }
  r.finishedAt = new Date().toISOString();
  r.totalSeconds = (Date.now() - ctx.startedAt.getTime()) / 1000;
  r.machine.loadAtEnd = machine().loadAtStart;
  r.targets = evaluateTargets(r);
  const file = writeResults(r, failed);
  console.log(`\n${renderTables(r)}\n`);
  for (const note of [...r.notes, ...r.correctness.notes]) console.log(`note: ${note}`);
  const failedTargets = r.targets.filter((t) => t.pass === false);
  console.log(failedTargets.length === 0 ? "every target passes" : `${failedTargets.length} target(s) FAIL: ${failedTargets.map((t) => t.name).join("; ")}`);
  if (config.maxOtherCpuPercent !== 10) console.log(`note: BENCH_MAX_OTHER_CPU=${config.maxOtherCpuPercent} (the issue's check is 10 %)`);
  console.log(`results: ${file}`);
  process.exit(failed || failedTargets.length > 0 ? 1 : 0);
}

// npm run bench -- --cluster: the reference deployment under load (scripts/bench/cluster.ts).
if (process.argv.includes("--cluster")) void import("./cluster").then(({ benchCluster }) => benchCluster()).then((code) => process.exit(code));
else void main();
