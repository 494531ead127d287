// The load of `npm run bench -- --cluster`: readers (the campaign page and the count, as an
// audience polling a viral campaign does) at a chosen rate or as fast as they go, signers at the
// same time, and a sampler that compares the count readers were served with the count the
// database held, to say how old what they saw was.
import autocannon from "autocannon";
import type pg from "pg";

export type LoadFigures = {
  name: string;
  seconds: number;
  /** 2xx answers per second. */
  rps: number;
  p50: number;
  p99: number;
  statusCodes: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
};

export type ReadSpec = { name: string; origin: string; paths: string[]; seconds: number; connections: number; rate?: number };
export type SignSpec = { name: string; origin: string; slug: string; seconds: number; connections: number; tokens: () => string; cookieName: string };

function figures(name: string, result: autocannon.Result): LoadFigures {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  return {
    name,
    seconds: result.duration,
    rps: Math.round((result["2xx"] / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statusCodes,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error: unknown, result: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)));
  });
}

/** Readers cycling through the paths (e.g. four count polls for each page load), with gzip as browsers ask. */
export async function read(spec: ReadSpec): Promise<LoadFigures> {
  const result = await run({
    url: spec.origin,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 10,
    ...(spec.rate ? { overallRate: spec.rate } : {}),
    headers: { "Accept-Encoding": "gzip" },
    requests: spec.paths.map((path) => ({ method: "GET", path })),
  });
  return figures(spec.name, result);
}

/** Signers, each request a different supporter's session, as the single-instance bench signs. */
export async function sign(spec: SignSpec): Promise<LoadFigures & { accepted: number }> {
  let accepted = 0;
  const result = await run({
    url: `${spec.origin}/api/campaigns/${spec.slug}/signature`,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 10,
    requests: [
      {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: spec.origin },
        body: JSON.stringify({ showName: false, follow: false }),
        setupRequest: (req) => ({ ...req, headers: { ...req.headers, Cookie: `${spec.cookieName}=${spec.tokens()}` } }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"ok":true') && !body.includes('"alreadySigned":true')) accepted += 1;
        },
      },
    ],
  });
  return { ...figures(spec.name, result), accepted };
}

export type Freshness = { samples: number; maxAgeSeconds: number; p99AgeSeconds: number; failed: number };

/**
 * Every `everyMs`, the true count (the shards' sum, on the primary) and the count readers are
 * served (`served()`); a served count is as old as the time since the true count first went
 * past it. Runs until `stop()`.
 */
export function sampleFreshness(db: pg.Pool, campaignId: string, served: () => Promise<number | null>, everyMs = 200) {
  const truth: { at: number; count: number }[] = [];
  const ages: number[] = [];
  let failed = 0;
  let stopping = false;
  const loop = (async () => {
    while (!stopping) {
      const [row] = (await db.query<{ n: number }>(`SELECT COALESCE(SUM(count), 0)::int AS n FROM "SignatureCounterShard" WHERE "campaignId" = $1`, [campaignId])).rows;
      truth.push({ at: Date.now(), count: row?.n ?? 0 });
      const at = Date.now();
      const count = await served().catch(() => null);
      if (count === null) failed += 1;
      else {
        const passed = truth.find((t) => t.count > count);
        ages.push(passed ? Math.max(0, at - passed.at) / 1000 : 0);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async (): Promise<Freshness> => {
      stopping = true;
      await loop;
      const sorted = [...ages].sort((a, b) => a - b);
      return {
        samples: ages.length,
        maxAgeSeconds: sorted.at(-1) ?? 0,
        p99AgeSeconds: sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? 0,
        failed,
      };
    },
  };
}
