import "server-only";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;
// How a process stopped by a signal exits (128 + the signal's number), as Next itself does.
const EXIT_CODE = { SIGINT: 130, SIGTERM: 143 } as const;
// Past this, shut down anyway: an orchestrator's grace period (Docker 10 s, Kubernetes 30 s)
// ends in SIGKILL, and a send cut there may be repeated after the lease, which is no worse.
const MAX_WAIT_MS = 25_000;

const installed = Symbol.for("campaign-tracker.shutdown-hook");
type WithFlag = typeof globalThis & { [installed]?: boolean };

/**
 * Runs `task` to its end when the process is told to stop (SIGTERM, SIGINT), and only then lets
 * the listeners that were there before run. In `next start` those are Next's own graceful
 * shutdown, which closes the HTTP server and then calls process.exit() without waiting for
 * anything of ours; it registers them before instrumentation's register() runs. Without them
 * (NEXT_MANUAL_SIG_HANDLE set, or another host), this exits itself. Call once, from
 * instrumentation.ts; see docs/decisions/004-graceful-shutdown.md.
 */
export function runBeforeShutdown(task: () => Promise<void>): void {
  const flagged = globalThis as WithFlag;
  if (flagged[installed]) return;
  flagged[installed] = true;
  for (const signal of SIGNALS) {
    const previous = process.listeners(signal) as NodeJS.SignalsListener[];
    for (const listener of previous) process.removeListener(signal, listener);
    let started = false;
    let handedOver = false;
    const handOver = () => {
      if (handedOver) return;
      handedOver = true;
      if (previous.length === 0) process.exit(EXIT_CODE[signal]);
      for (const listener of previous) listener(signal);
    };
    process.on(signal, () => {
      // A terminal's Ctrl+C reaches every process of the group, and scripts/with-db.ts forwards it
      // again: a repeated signal is the same request, not "stop waiting".
      if (started) return;
      started = true;
      const deadline = setTimeout(handOver, MAX_WAIT_MS);
      deadline.unref();
      task()
        .catch((error: unknown) => console.error("shutdown: stopping background work failed", error))
        .finally(() => {
          clearTimeout(deadline);
          handOver();
        });
    });
  }
}
