// The mixed soak (`npm run bench -- --soak`): ten minutes of what a surge looks like, in turns
// of a few seconds each (the campaign page, the count, the home page, and signing on all three
// paths), while the app's resident memory is sampled. After a warm-up, memory must level off:
// growth beyond 10 % between the minute after the warm-up and the last minute is a leak.
import { buildApp, startApp } from "./app";
import { addSignatures, allCampaigns, checkCounts, createCampaigns, createSupporters, deleteBenchData } from "./bench-data";
import { appOrigin, BROWSER_ACCEPT_ENCODING, config } from "./config";
import type { BenchContext } from "./context";
import { residentMiB } from "./cpu";
import type { Figures, LoadSpec } from "./load";
import type { Results } from "./report";
import { buildSignRequest, SIGNING_PATH_LABELS, SIGNING_PATHS } from "./sign-requests";
import { newTally, signers, signingSpec, type SigningRun } from "./signing";

const SEGMENT_SECONDS = 10;
const SAMPLE_SECONDS = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor(sorted.length / 2)]!;
};

// One row per kind of segment: requests per second over all its turns, the median p50, the
// worst p99, every failure, and the mean CPU shares.
function summarise(segments: Figures[]): Figures[] {
  const byName = new Map<string, Figures[]>();
  for (const f of segments) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  return [...byName.values()].map((list) => {
    const seconds = list.reduce((sum, f) => sum + f.seconds, 0);
    const mean = (pick: (f: Figures) => number | undefined) => Math.round((list.reduce((sum, f) => sum + (pick(f) ?? 0), 0) / list.length) * 10) / 10;
    const first = list[0]!;
    return {
      ...first,
      seconds,
      responses: list.reduce((sum, f) => sum + f.responses, 0),
      rps: Math.round((list.reduce((sum, f) => sum + f.rps * f.seconds, 0) / seconds) * 10) / 10,
      p50: median(list.map((f) => f.p50)) ?? 0,
      p99: Math.max(...list.map((f) => f.p99)),
      non2xx: list.reduce((sum, f) => sum + f.non2xx, 0),
      http5xx: list.reduce((sum, f) => sum + f.http5xx, 0),
      errors: list.reduce((sum, f) => sum + f.errors, 0),
      cpu: first.cpu && { app: mean((f) => f.cpu?.app), database: mean((f) => f.cpu?.database), plain: 0, loadGenerator: mean((f) => f.cpu?.loadGenerator), other: mean((f) => f.cpu?.other) },
      otherCpuPercent: Math.max(...list.map((f) => f.otherCpuPercent ?? 0)),
      notes: [],
    };
  });
}

export async function soakRun(ctx: BenchContext, r: Results, runId: string) {
  ctx.log(config.build ? "building (next build)…" : "using the existing build (BENCH_BUILD=0)");
  r.build = await buildApp();
  const app = await startApp((p) => ctx.running.push(p));
  ctx.useApp(app);
  r.database = app.database;
  const db = ctx.db!;
  const campaigns = await createCampaigns(db, runId);
  const tokens = await createSupporters(db, runId, config.users);
  await addSignatures(db, { run: runId, campaignId: campaigns.page.id, from: 1, to: config.baselineSignatures, existingUsers: config.users });

  const browser = { "Accept-Encoding": BROWSER_ACCEPT_ENCODING };
  const reads: LoadSpec[] = [
    { name: "campaign page", url: `${appOrigin}/campaigns/${campaigns.page.slug}`, headers: browser, seconds: SEGMENT_SECONDS },
    { name: "count", url: `${appOrigin}/api/campaigns/${campaigns.page.slug}/count`, seconds: SEGMENT_SECONDS },
    { name: "home page", url: `${appOrigin}/`, headers: browser, seconds: SEGMENT_SECONDS },
  ];
  const runs: SigningRun[] = [];
  for (const kind of SIGNING_PATHS) {
    runs.push({ kind, request: await buildSignRequest(kind, campaigns.signing[kind].app.slug), pool: signers(tokens), tally: newTally() });
  }

  const rss: [number, number][] = [];
  const started = Date.now();
  const sample = () => {
    const mib = residentMiB(app.serverPid);
    if (mib !== null) rss.push([Math.round((Date.now() - started) / 1000), Math.round(mib * 1.048576)]);
  };
  sample();
  const sampler = setInterval(sample, SAMPLE_SECONDS * 1000);
  const segments: Figures[] = [];
  try {
    ctx.log(`soaking for ${config.soakSeconds} s (warm-up ${config.soakWarmupSeconds} s), ${SEGMENT_SECONDS} s per turn…`);
    for (let turn = 0; Date.now() - started < config.soakSeconds * 1000; turn += 1) {
      for (const spec of reads) segments.push(await ctx.measureOne(spec, 0));
      const run = runs[turn % runs.length]!;
      // A pool that runs out stops signing on that path (the soak is about memory, not rates).
      if (run.pool.left() > config.connections * config.pipelining * 10) {
        segments.push(await ctx.measureOne(signingSpec({ name: `signing: ${SIGNING_PATH_LABELS[run.kind]}`, origin: appOrigin, seconds: SEGMENT_SECONDS, run }), 0));
      }
    }
  } finally {
    clearInterval(sampler);
  }
  sample();

  const window = 60;
  const afterWarmup = median(rss.filter(([t]) => t >= config.soakWarmupSeconds && t < config.soakWarmupSeconds + window).map(([, mb]) => mb));
  const end = Math.round((Date.now() - started) / 1000);
  const atEnd = median(rss.filter(([t]) => t >= end - window).map(([, mb]) => mb));
  r.soak = {
    seconds: end,
    warmupSeconds: config.soakWarmupSeconds,
    rss,
    rssAfterWarmupMB: afterWarmup,
    rssAtEndMB: atEnd,
    growth: afterWarmup && atEnd ? Math.round((atEnd / afterWarmup - 1) * 1000) / 1000 : null,
    segments: summarise(segments),
  };
  r.memory.appRssMB = rss.at(-1)?.[1] ?? null;

  const c = r.correctness;
  c.counts = await checkCounts(db, allCampaigns(campaigns));
  for (const check of c.counts) if (!check.ok) c.notes.push(`${check.slug}: stored count ${check.stored} ≠ ${check.rows} rows`);
  c.app5xx = segments.reduce((sum, f) => sum + f.http5xx, 0);
  c.appSocketErrors = segments.reduce((sum, f) => sum + f.errors, 0);
  if (c.app5xx > 0) c.notes.push(`the app answered ${c.app5xx} responses with 5xx`);
  for (const run of runs) if (run.tally.alreadySigned + run.tally.unexpected > 0) c.notes.push(`signing (${run.kind}): ${run.tally.alreadySigned + run.tally.unexpected} answers did not say signed`);
  c.ok = c.counts.every((x) => x.ok) && c.app5xx === 0 && c.notes.length === 0;
  if (app.database === "DATABASE_URL" && !config.keepData) await deleteBenchData(db, runId, allCampaigns(campaigns));
}
