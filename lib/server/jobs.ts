import "server-only";
import { db } from "@/lib/server/db";
import { startOutboxWorker } from "@/lib/server/email/outbox";
import { deleteExpiredRateLimits } from "@/lib/server/security/rate-limit";
import { reconcileCounts } from "@/lib/server/signatures/reconcile-counts";
import { applyRetention } from "@/lib/server/retention/apply-retention";
import { config } from "@/lib/server/config";

type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

// Background work every instance runs; each job is safe to run on several instances at once
// (advisory locks, SKIP LOCKED, idempotent deletes). Nothing here holds state that matters.
const JOBS = (): Job[] => [
  {
    name: "reconcile counts",
    everyMs: 5 * 60_000,
    run: async () => {
      const { drift, skipped } = await reconcileCounts();
      if (!skipped && drift.length > 0) console.warn(`reconcile: corrected ${drift.length} drifted count(s)`, drift);
    },
  },
  { name: "expire rate limits", everyMs: 10 * 60_000, run: deleteExpiredRateLimits },
  {
    name: "expire sign-in tokens",
    everyMs: 60 * 60_000,
    run: () => db.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } }),
  },
  {
    // The published retention schedule (lib/server/retention/, shown on /privacy). It also runs
    // shortly after each start, so a restarted instance never postpones it by a day.
    name: "retention",
    everyMs: config().retention.runEveryHours * 60 * 60_000,
    run: async () => {
      const report = await applyRetention();
      if (report.skipped) return;
      const done = report.results.filter((r) => r.count > 0);
      if (done.length > 0) console.log(`retention: ${done.map((r) => `${r.id} ${r.count}`).join(", ")}`);
    },
  },
];

const timers: NodeJS.Timeout[] = [];
let outbox: ReturnType<typeof startOutboxWorker> | undefined;

export function startJobs() {
  if (timers.length > 0) return;
  outbox = startOutboxWorker();
  for (const job of JOBS()) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await job.run();
      } catch (error) {
        console.error(`background job "${job.name}" failed`, error);
      } finally {
        running = false;
      }
    };
    // Spread the first runs so instances started together do not all start at once. Unref'd:
    // background work never keeps a process alive that is otherwise done (or failed to start).
    timers.push(setTimeout(() => void tick(), 5_000 + Math.random() * 10_000).unref());
    timers.push(setInterval(() => void tick(), job.everyMs).unref());
  }
}

// Waits for an email batch in flight, so a restart neither sends twice nor skips anyone.
export async function stopJobs() {
  for (const timer of timers.splice(0)) clearTimeout(timer);
  await outbox?.stop();
  outbox = undefined;
}
