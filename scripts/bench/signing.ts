// Signing under load: every request carries a different supporter's session cookie, so each
// supporter signs a campaign exactly once, through the request a real client sends on that path
// (./sign-requests.ts).
import { probe, type LoadSpec } from "./load";
import { signOutcome, SIGNING_PATH_LABELS, type SigningPath, type SignRequest } from "./sign-requests";

// Hands out session tokens in order; shared by the warm-up and the measurement of one run.
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

function record(tally: SignTally, kind: SigningPath, status: number, body: string) {
  if (status !== 200) return;
  const outcome = signOutcome(kind, status, body);
  if (outcome === "signed") tally.accepted += 1;
  else if (outcome === "alreadySigned") tally.alreadySigned += 1;
  else tally.unexpected += 1;
}

const cookie = (token: string) => ({ Cookie: `authjs.session-token=${token}` });

export type SigningRun = { kind: SigningPath; request: SignRequest; pool: Signers; tally: SignTally };

export function signingSpec({ name, origin, seconds, run }: { name: string; origin: string; seconds: number; run: SigningRun }): LoadSpec {
  return {
    name,
    url: `${origin}${run.request.path}`,
    method: "POST",
    headers: run.request.headers,
    body: run.request.body,
    seconds,
    perRequestHeaders: () => cookie(run.pool.next()),
    budget: run.pool.left,
    onResponse: (status, body) => record(run.tally, run.kind, status, body),
  };
}

export type SigningProbe = { path: SigningPath; available: boolean; status: number; detail: string };

// One signature before the load, to tell "not built yet" from "broken" in plain words.
export async function probeSigning(origin: string, run: SigningRun): Promise<SigningProbe> {
  const { kind, request } = run;
  const label = SIGNING_PATH_LABELS[kind];
  const { status, body } = await probe(`${origin}${request.path}`, {
    method: "POST",
    headers: { ...request.headers, ...cookie(run.pool.next()) },
    body: new Uint8Array(request.body),
  });
  record(run.tally, kind, status, body);
  const snippet = body.replace(/\s+/g, " ").slice(0, 160);
  const outcome = signOutcome(kind, status, body);
  if (outcome === "signed") return { path: kind, available: true, status, detail: `${label}: signs with a session cookie` };
  if (status === 404 || status === 405) return { path: kind, available: false, status, detail: `${label}: ${request.path} answered ${status}` };
  if (status === 401 || status === 303 || status === 307) {
    return { path: kind, available: false, status, detail: `${label}: answered ${status}: the bench's database session cookie was not accepted` };
  }
  if (status === 429) return { path: kind, available: false, status, detail: `${label}: answered 429: a rate limit refused the bench's first signature` };
  return { path: kind, available: false, status, detail: `${label}: unexpected answer ${status}: ${snippet}` };
}
