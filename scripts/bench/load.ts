// One measurement: a warm-up that is thrown away, then a fixed-duration autocannon run whose
// latencies are recorded here (autocannon's own histogram rounds to whole milliseconds, too
// coarse for the plain servers and for the 1M/1k ratio).
import { loadavg } from "node:os";
import autocannon from "autocannon";
import { config } from "./config";
import { cpuSnapshot, pooledCpu, type CpuShares, type Roles, type Snapshot } from "./cpu";

export type Figures = {
  name: string;
  url: string;
  method: string;
  seconds: number;
  responses: number;
  // Successful (2xx) responses per second: failures are not throughput.
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  statusCodes: Record<string, number>;
  non2xx: number;
  http5xx: number;
  // Socket errors and timeouts: requests that got no response at all.
  errors: number;
  timeouts: number;
  connections: number;
  pipelining: number;
  loadBefore: number;
  // Shares of all cores during the measurement, by role (./cpu.ts); "other" is everything that
  // is not the bench's, and must stay small for the figures to mean anything.
  cpu: CpuShares | null;
  otherCpuPercent: number | null;
  notes: string[];
  // The machine's speed just before, in percent of the best seen in the run (./machine-speed.ts).
  machineSpeedPercent?: number;
  // The warm-up just before the measurement: its length and its rate (2xx per second).
  warmup: { seconds: number; rps: number } | null;
};

export type LoadSpec = {
  name: string;
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string | Buffer;
  seconds: number;
  // A fresh header per request (a different signer's cookie each time).
  perRequestHeaders?: () => Record<string, string>;
  // Requests left before the signer pool runs out, asked before each run (warm-up included):
  // the run stops there even if its duration is not over.
  budget?: () => number;
  onResponse?: (status: number, body: string) => void;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

async function runOnce(spec: LoadSpec, seconds: number): Promise<{ result: autocannon.Result; latencies: Float64Array }> {
  const latencies: number[] = [];
  const budget = spec.budget?.();
  // autocannon splits the budget over the connections, and a connection given 0 would run unbounded.
  if (budget !== undefined && budget < config.connections * config.pipelining) {
    throw new Error(`${spec.name}: only ${budget} signers left; raise BENCH_USERS`);
  }
  const { perRequestHeaders, onResponse } = spec;
  // autocannon merges requests with Object.assign, so a key set to undefined would erase its
  // default: only set what is given.
  const request: autocannon.Request = { method: spec.method ?? "GET" };
  if (spec.headers) request.headers = spec.headers;
  // autocannon sends a Buffer body as it is (its types say string).
  if (spec.body !== undefined) request.body = spec.body as string;
  if (perRequestHeaders) request.setupRequest = (req) => ({ ...req, headers: { ...req.headers, ...perRequestHeaders() } });
  if (onResponse) request.onResponse = (status, body) => onResponse(status, body);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: config.connections,
        pipelining: config.pipelining,
        duration: seconds,
        timeout: 10,
        requests: [request],
        ...(budget === undefined ? {} : { maxOverallRequests: budget }),
      },
      (error: unknown, res: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { result, latencies: Float64Array.from(latencies).sort() };
}

// One timed run: autocannon's result, its latencies, and the CPU around it.
type Segment = { result: autocannon.Result; latencies: Float64Array; cpu: { before: Snapshot | null; after: Snapshot | null }; loadBefore: number };

async function segment(spec: LoadSpec, seconds: number, roles: Roles): Promise<Segment> {
  const loadBefore = Math.round(loadavg()[0]! * 100) / 100;
  const before = cpuSnapshot(roles);
  const { result, latencies } = await runOnce(spec, seconds);
  return { result, latencies, cpu: { before, after: cpuSnapshot(roles) }, loadBefore };
}

const warmupOf = (warm: autocannon.Result | null) => (warm ? { seconds: warm.duration, rps: Math.round((warm["2xx"] / warm.duration) * 10) / 10 } : null);

// A measurement's figures from its segments, pooled: requests and seconds added up, latencies
// merged before the percentiles are taken, CPU over the segments' time only.
function figuresOf(spec: LoadSpec, segments: Segment[], warm: autocannon.Result | null): Figures {
  const sum = (pick: (r: autocannon.Result) => number | undefined) => segments.reduce((total, s) => total + (pick(s.result) ?? 0), 0);
  const statusCodes: Record<string, number> = {};
  for (const { result } of segments) {
    for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = (statusCodes[code] ?? 0) + (stat.count ?? 0);
  }
  const latencies = new Float64Array(segments.reduce((n, s) => n + s.latencies.length, 0));
  let offset = 0;
  for (const s of segments) {
    latencies.set(s.latencies, offset);
    offset += s.latencies.length;
  }
  latencies.sort();
  const duration = sum((r) => r.duration);
  const seconds = spec.seconds * segments.length;
  const cpu = pooledCpu(segments.map((s) => s.cpu));
  const notes: string[] = [];
  if (duration < seconds - segments.length) notes.push(`ended after ${duration} s of ${seconds} s: the signer pool ran out (raise BENCH_USERS)`);
  return {
    name: spec.name,
    url: spec.url,
    method: spec.method ?? "GET",
    seconds: duration,
    responses: latencies.length,
    rps: Math.round((sum((r) => r["2xx"]) / duration) * 10) / 10,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    statusCodes,
    non2xx: sum((r) => r.non2xx),
    http5xx: sum((r) => r["5xx"]),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    connections: config.connections,
    pipelining: config.pipelining,
    loadBefore: segments[0]?.loadBefore ?? 0,
    cpu,
    otherCpuPercent: cpu?.other ?? null,
    notes,
    warmup: warmupOf(warm),
  };
}

// roles: the processes the bench started, so that their CPU is told apart from everyone else's.
export async function measure(spec: LoadSpec, roles: Roles = { app: [], database: [], plain: [] }, warmupSeconds = config.warmupSeconds): Promise<Figures> {
  const warm = warmupSeconds > 0 ? (await runOnce(spec, warmupSeconds)).result : null;
  return figuresOf(spec, [await segment(spec, spec.seconds, roles)], warm);
}

// Two loads compared with each other (the scale test's reads at 1,000 and at 1,000,000
// signatures): each warmed once, then run in alternating segments, A B A B…, spec.seconds each,
// and each side's segments pooled. Whatever drifts over the minute, the machine or the app, falls
// on both sides alike: the rate of the same count read for 1 s at a time wandered between 34,000
// and 57,000 a second, in stretches of several seconds (issue 13), so a ratio of two reads taken
// one after the other carried that drift whole.
export async function measureAlternating(
  a: LoadSpec,
  b: LoadSpec,
  rounds: number,
  roles: Roles = { app: [], database: [], plain: [] },
  warmupSeconds = config.warmupSeconds,
): Promise<[Figures, Figures]> {
  const warmA = warmupSeconds > 0 ? (await runOnce(a, warmupSeconds)).result : null;
  const warmB = warmupSeconds > 0 ? (await runOnce(b, warmupSeconds)).result : null;
  const segmentsA: Segment[] = [];
  const segmentsB: Segment[] = [];
  for (let round = 0; round < rounds; round += 1) {
    segmentsA.push(await segment(a, a.seconds, roles));
    segmentsB.push(await segment(b, b.seconds, roles));
  }
  return [figuresOf(a, segmentsA, warmA), figuresOf(b, segmentsB, warmB)];
}

export async function probe(url: string, init: RequestInit = {}): Promise<{ status: number; body: string; headers: Headers }> {
  try {
    const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    return { status: response.status, body: await response.text(), headers: response.headers };
  } catch (error) {
    return { status: 0, body: error instanceof Error ? error.message : String(error), headers: new Headers() };
  }
}
