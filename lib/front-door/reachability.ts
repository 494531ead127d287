import { describeDatabaseError } from "@/lib/database-errors";

// Whether a database answers, as one process sees it: checked every few seconds while it
// answers and every second while it does not, and at once when a request fails in a way that
// may mean it went away. It writes one log line when the state changes (away, back), never
// one per failed request: during an outage a busy instance would otherwise write thousands of
// traces a second, and bury the one line that matters.
export type ReachabilityState = "unknown" | "reachable" | "unreachable";

export type Reachability = {
  readonly name: string;
  state(): ReachabilityState;
  isUnreachable(): boolean;
  /** Unreachable now, or back for less than `ms`: connections broken by the outage may still fail. */
  unreachableWithin(ms: number): boolean;
  /** The last check got no answer in time (not yet enough to call it unreachable). */
  lastCheckSilent(): boolean;
  /** Checks now (one check at a time; callers share it) and answers the state it found. */
  check(): Promise<ReachabilityState>;
  /** A request was answered 503 because of this database: reported when it comes back. */
  countRefused(): void;
  /** An error about this database was not logged (the state line says it): reported when it comes back. */
  countQuieted(): void;
  /** Starts the periodic checks (unref'd timers: they never keep the process alive). */
  start(): void;
  stop(): void;
};

type Options = {
  name: string;
  /** Resolves when the database answers; rejects (or times out) when it does not. */
  probe: () => Promise<void>;
  log?: (line: string) => void;
  whileReachableMs?: number;
  whileUnreachableMs?: number;
  timeoutMs?: number;
  /** What an outage means for this process, said once in the "unreachable" line. */
  consequence: string;
  now?: () => number;
};

export function createReachability({
  name,
  probe,
  log = (line) => console.log(line),
  whileReachableMs = 5_000,
  whileUnreachableMs = 1_000,
  timeoutMs = 2_000,
  consequence,
  now = () => Date.now(),
}: Options): Reachability {
  let state: ReachabilityState = "unknown";
  let since = now();
  let backAt = -Infinity;
  let refused = 0;
  let quieted = 0;
  let running: Promise<ReachabilityState> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let started = false;

  function schedule() {
    if (!started) return;
    clearTimeout(timer);
    const soon = state === "unreachable" || silentChecks > 0;
    timer = setTimeout(() => void check(), soon ? whileUnreachableMs : whileReachableMs);
    timer.unref();
  }

  function become(next: ReachabilityState, error?: unknown) {
    if (next === state) return;
    const previous = state;
    const at = now();
    if (next === "unreachable") {
      log(`${name}: unreachable (${describeDatabaseError(error)}); ${consequence}; checking every ${whileUnreachableMs / 1000} s`);
    } else if (previous === "unreachable") {
      backAt = at;
      const seconds = ((at - since) / 1000).toFixed(1);
      log(`${name}: reachable again after ${seconds} s (${refused} requests answered 503, ${quieted} errors about it not logged)`);
    } else {
      log(`${name}: reachable`);
    }
    state = next;
    since = at;
    refused = 0;
    quieted = 0;
  }

  // A refused or broken connection says "unreachable" at once. No answer in time may also be
  // this process's own event loop stalling (a busy start, a CPU-bound moment), so it takes two
  // checks in a row without an answer.
  let silentChecks = 0;

  function check(): Promise<ReachabilityState> {
    running ??= (async () => {
      let timeout: NodeJS.Timeout | undefined;
      const silent = new Error(`no answer within ${timeoutMs} ms`);
      try {
        await Promise.race([
          probe(),
          new Promise((_, reject) => {
            timeout = setTimeout(() => reject(silent), timeoutMs);
          }),
        ]);
        silentChecks = 0;
        become("reachable");
      } catch (error) {
        silentChecks = error === silent ? silentChecks + 1 : 0;
        if (error !== silent || silentChecks >= 2 || state === "unreachable") become("unreachable", error);
      } finally {
        clearTimeout(timeout);
        running = undefined;
        schedule();
      }
      return state;
    })();
    return running;
  }

  return {
    name,
    state: () => state,
    isUnreachable: () => state === "unreachable",
    unreachableWithin: (ms) => state === "unreachable" || now() - backAt < ms,
    lastCheckSilent: () => silentChecks > 0,
    check,
    countRefused: () => void (refused += 1),
    countQuieted: () => void (quieted += 1),
    start() {
      if (started) return;
      started = true;
      void check();
    },
    stop() {
      started = false;
      clearTimeout(timer);
    },
  };
}
