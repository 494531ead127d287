import "server-only";
import { db } from "@/lib/server/db";
import { retentionSchedule, type RetentionEntry } from "./retention-schedule";

export type RetentionReport = {
  dryRun: boolean;
  /** Another instance was applying the schedule at that moment: nothing was done. */
  skipped: boolean;
  results: { id: string; count: number }[];
};

// Arbitrary but fixed: instances running the job at once take turns (the others skip).
const LOCK = 727_003;

class DryRunDone extends Error {
  constructor(readonly results: RetentionReport["results"]) {
    super("dry run: rolled back");
  }
}

/**
 * Applies the retention schedule (retention-schedule.ts): every entry in one transaction, under
 * an advisory lock, so one instance does it at a time and a failure part-way changes nothing in
 * the database. A dry run does exactly the same work and then rolls it back, so the counts it
 * reports are what a real run would do, and it changes nothing.
 */
export async function applyRetention({ dryRun = false, schedule = retentionSchedule() }: { dryRun?: boolean; schedule?: RetentionEntry[] } = {}): Promise<RetentionReport> {
  try {
    const report = await db.$transaction<RetentionReport>(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK}) AS "locked"`;
        if (!lock?.locked) return { dryRun, skipped: true, results: [] };
        const results: RetentionReport["results"] = [];
        for (const entry of schedule) results.push({ id: entry.id, count: await entry.run({ tx, dryRun }) });
        if (dryRun) throw new DryRunDone(results);
        return { dryRun, skipped: false, results };
      },
      { timeout: 15 * 60_000, maxWait: 10_000 },
    );
    // Campaigns whose shown names were detached have new versions (their updatedAt): every
    // instance's pages follow within a second (public-campaign-version.ts).
    return report;
  } catch (error) {
    if (error instanceof DryRunDone) return { dryRun: true, skipped: false, results: error.results };
    throw error;
  }
}
