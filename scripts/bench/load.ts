// One measurement: a warm-up that is thrown away, then a fixed-duration autocannon run whose
// latencies are recorded here (autocannon's own histogram rounds to whole milliseconds, too
// coarse for the plain servers and for the 1M/1k ratio).
import { loadavg } from "node:os";
import autocannon from "autocannon";
import { config } from "./config";
import { cpuShares, cpuSnapshot, type CpuShares, type Roles } from "./cpu";

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

// roles: the processes the bench started, so that their CPU is told apart from everyone else's.
export async function measure(spec: LoadSpec, roles: Roles = { app: [], database: [], plain: [] }, warmupSeconds = config.warmupSeconds): Promise<Figures> {
  const warm = warmupSeconds > 0 ? (await runOnce(spec, warmupSeconds)).result : null;
  const loadBefore = Math.round(loadavg()[0]! * 100) / 100;
  const cpuBefore = cpuSnapshot(roles);
  const { result, latencies } = await runOnce(spec, spec.seconds);
  const cpu = cpuShares(cpuBefore, cpuSnapshot(roles));
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  const notes: string[] = [];
  if (result.duration < spec.seconds - 1) notes.push(`ended after ${result.duration} s of ${spec.seconds} s: the signer pool ran out (raise BENCH_USERS)`);
  return {
    name: spec.name,
    url: spec.url,
    method: spec.method ?? "GET",
    seconds: result.duration,
    responses: latencies.length,
    rps: Math.round((result["2xx"] / result.duration) * 10) / 10,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    statusCodes,
    non2xx: result.non2xx,
    http5xx: result["5xx"],
    errors: result.errors,
    timeouts: result.timeouts,
    connections: config.connections,
    pipelining: config.pipelining,
    loadBefore,
    cpu,
    otherCpuPercent: cpu?.other ?? null,
    notes,
    warmup: warm ? { seconds: warm.duration, rps: Math.round((warm["2xx"] / warm.duration) * 10) / 10 } : null,
  };
}

export async function probe(url: string, init: RequestInit = {}): Promise<{ status: number; body: string; headers: Headers }> {
  try {
    const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    return { status: response.status, body: await response.text(), headers: response.headers };
  } catch (error) {
    return { status: 0, body: error instanceof Error ? error.message : String(error), headers: new Headers() };
  }
}
