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
    timer = setTimeout(() => void check(), state === "unreachable" ? whileUnreachableMs : whileReachableMs);
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

  function check(): Promise<ReachabilityState> {
    running ??= (async () => {
      let timeout: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          probe(),
          new Promise((_, reject) => {
            timeout = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        become("reachable");
      } catch (error) {
        become("unreachable", error);
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
