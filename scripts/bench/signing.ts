// Signing under load: every request carries a different supporter's session cookie, so each
// supporter signs a campaign exactly once, through the same HTTP contract a browser uses.
import { appOrigin } from "./config";
import { probe, type LoadSpec } from "./load";

export const SIGN_BODY = JSON.stringify({ showName: false, follow: false });

// Hands out session tokens in order; shared by the warm-up and the measurement of one campaign.
export type Signers = { next: () => string; left: () => number; reused: () => number };

export function signers(tokens: string[]): Signers {
  let index = 0;
  let reused = 0;
  return {
    next() {
      // Never reached while the request budget holds; if it is, a repeat is counted rather than
      // failing the run, and reported.
      if (index >= tokens.length) reused += 1;
      return tokens[index++ % tokens.length]!;
    },
    left: () => Math.max(0, tokens.length - index),
    reused: () => reused,
  };
}

// What the answers said, across warm-up, measurement and probe.
export type SignTally = { accepted: number; alreadySigned: number; unexpected: number };

export const newTally = (): SignTally => ({ accepted: 0, alreadySigned: 0, unexpected: 0 });

function record(tally: SignTally, status: number, body: string) {
  if (status !== 200) return;
  // A substring test rather than JSON.parse: the load generator shares the CPU with the server.
  if (body.includes('"alreadySigned":true')) tally.alreadySigned += 1;
  else if (body.includes('"ok":true')) tally.accepted += 1;
  else tally.unexpected += 1;
}

const headers = (token: string) => ({
  "Content-Type": "application/json",
  Origin: appOrigin,
  Cookie: `authjs.session-token=${token}`,
});

export const signPath = (slug: string) => `/api/campaigns/${encodeURIComponent(slug)}/signature`;

export function signingSpec(
  { name, origin, slug, seconds, pool, tally }: { name: string; origin: string; slug: string; seconds: number; pool: Signers; tally: SignTally },
): LoadSpec {
  return {
    name,
    url: `${origin}${signPath(slug)}`,
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: appOrigin },
    body: SIGN_BODY,
    seconds,
    perRequestHeaders: () => ({ Cookie: `authjs.session-token=${pool.next()}` }),
    budget: pool.left,
    onResponse: (status, body) => record(tally, status, body),
  };
}

export type SigningProbe = { available: boolean; status: number; detail: string };

// One signature before the load, to tell "not built yet" from "broken" in plain words.
export async function probeSigning(origin: string, slug: string, pool: Signers, tally: SignTally): Promise<SigningProbe> {
  const { status, body } = await probe(`${origin}${signPath(slug)}`, { method: "POST", headers: headers(pool.next()), body: SIGN_BODY });
  record(tally, status, body);
  const snippet = body.replace(/\s+/g, " ").slice(0, 160);
  if (status === 200 && body.includes('"ok":true')) return { available: true, status, detail: "signs with a session cookie" };
  if (status === 404 || status === 405) {
    return { available: false, status, detail: `POST ${signPath(slug)} answered ${status}: the signing endpoint does not exist yet` };
  }
  if (status === 401) return { available: false, status, detail: "the endpoint answered 401: it did not accept the bench's database session cookie" };
  if (status === 429) return { available: false, status, detail: "the endpoint answered 429: a rate limit refused the bench's first signature" };
  return { available: false, status, detail: `unexpected answer ${status}: ${snippet}` };
}
