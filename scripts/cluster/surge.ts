// A signing surge: many supporters at once, each signing once with their own session, through
// one origin (nginx). Every answer is kept: which supporters were told "signed" (acknowledged),
// and the status of every other answer with its Retry-After, so a check can compare what was
// acknowledged with what the database holds, and say what failed and how.
import type { Client } from "./http";

export type SurgeAnswer = { at: number; status: number; retryAfter: string | undefined; error?: string };

export type Surge = {
  /** Supporters told their signature counted (200, ok, not already signed). */
  acknowledged: string[];
  answers: SurgeAnswer[];
  stop: () => Promise<void>;
};

export type SurgeOptions = {
  client: Client;
  origin: string;
  slug: string;
  /** Supporters as [userId, sessionToken]; each is used once. */
  supporters: [string, string][];
  cookieName: string;
  concurrency: number;
};

export function startSurge({ client, origin, slug, supporters, cookieName, concurrency }: SurgeOptions): Surge {
  const acknowledged: string[] = [];
  const answers: SurgeAnswer[] = [];
  let next = 0;
  let stopping = false;
  const url = `${origin}/api/campaigns/${slug}/signature`;

  async function worker() {
    while (!stopping && next < supporters.length) {
      const [userId, token] = supporters[next++]!;
      try {
        const answer = await client.request(url, {
          method: "POST",
          headers: { "Content-Type": "application/json", Origin: origin, Cookie: `${cookieName}=${token}` },
          body: JSON.stringify({ showName: false, follow: false }),
        });
        answers.push({ at: Date.now(), status: answer.status, retryAfter: answer.headers["retry-after"] as string | undefined });
        if (answer.status === 200 && answer.body.includes('"ok":true') && !answer.body.includes('"alreadySigned":true')) acknowledged.push(userId);
      } catch (error) {
        answers.push({ at: Date.now(), status: 0, retryAfter: undefined, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  const workers = Array.from({ length: concurrency }, () => worker());
  return {
    acknowledged,
    answers,
    stop: async () => {
      stopping = true;
      await Promise.all(workers);
    },
  };
}

/** "200: 1,234 · 503: 56 (all with Retry-After)" */
export function statusSummary(answers: { status: number; retryAfter?: string }[]): string {
  const counts = new Map<number, { n: number; withRetry: number }>();
  for (const a of answers) {
    const c = counts.get(a.status) ?? { n: 0, withRetry: 0 };
    c.n += 1;
    if (a.retryAfter) c.withRetry += 1;
    counts.set(a.status, c);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, c]) => `${status === 0 ? "no answer" : status}: ${c.n.toLocaleString("en")}${status >= 500 ? ` (${c.withRetry === c.n ? "all" : c.withRetry} with Retry-After)` : ""}`)
    .join(" · ");
}
