// How fast this machine runs plain CPU work right now, against the fastest seen in this run.
// A shared machine's speed moves: in some runs every process ran at a third of its speed for a
// few minutes (the count endpoint's CPU per request tripled, the cores half idle), and a ratio
// pairs an app measurement with a plain one taken minutes apart. The bench checks before each
// measurement, waits for the machine to recover, and prints the speed with each figure.
import { createHash } from "node:crypto";

const BLOCK = Buffer.alloc(64 * 1024, 7);

/** SHA-256 of a 64 KB block, times per second, over `ms` (the best of `tries`). */
export function machineSpeed({ ms = 200, tries = 3 }: { ms?: number; tries?: number } = {}): number {
  let best = 0;
  for (let t = 0; t < tries; t++) {
    const end = performance.now() + ms;
    let n = 0;
    while (performance.now() < end) {
      createHash("sha256").update(BLOCK).digest();
      n++;
    }
    best = Math.max(best, n / (ms / 1000));
  }
  return best;
}

export type SpeedCheck = { percentOfBest: number; waitedSeconds: number };

/**
 * Measures the machine's speed, and while it is below `floor` of the best seen, waits (`pause`
 * seconds at a time, at most `maxWaitSeconds`) and measures again. The best is kept across calls.
 */
export function speedKeeper({ floor = 0.8, pause = 10, maxWaitSeconds = 120, measure = machineSpeed, sleep = (s: number) => new Promise<void>((r) => setTimeout(r, s * 1000)) } = {}) {
  let best = 0;
  return async (log: (message: string) => void): Promise<SpeedCheck> => {
    let waited = 0;
    for (;;) {
      const now = measure();
      best = Math.max(best, now);
      const percentOfBest = Math.round((now / best) * 100);
      if (now >= floor * best || waited >= maxWaitSeconds) {
        if (waited > 0) log(`machine at ${percentOfBest} % of its best speed after waiting ${waited} s`);
        return { percentOfBest, waitedSeconds: waited };
      }
      log(`machine at ${percentOfBest} % of its best speed: waiting ${pause} s for it to recover`);
      await sleep(pause);
      waited += pause;
    }
  };
}
