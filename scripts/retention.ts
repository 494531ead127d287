// Applies the retention schedule now (the app also does it daily) and prints what it did.
// `npm run db:retention`; `npm run db:retention -- --dry-run` prints what it would do and
// changes nothing. The schedule and its settings: lib/server/retention/, README "Retention".
import { applyRetention } from "../lib/server/retention/apply-retention";
import { retentionSchedule, type RetentionPeriod } from "../lib/server/retention/retention-schedule";
import { db } from "../lib/server/db";

const span = (period: RetentionPeriod) => (period === "expiry" ? "" : "days" in period ? `${period.days} days` : `${period.months} months`);

// What each entry's count means, for the console (an entry added later prints its id).
const WHAT: Record<string, (period: RetentionPeriod) => string> = {
  emails: (p) => `sent or failed emails older than ${span(p)}`,
  sessions: () => "expired sessions",
  signInLinks: () => "expired sign-in links",
  rateLimits: () => "expired rate-limit windows",
  signatures: (p) => `signatures detached from their accounts (campaign closed over ${span(p)} ago)`,
  follows: (p) => `follows ended (campaign closed over ${span(p)} ago)`,
  accounts: (p) => `supporter accounts idle for over ${span(p)}`,
  emailFiles: (p) => `email files older than ${span(p)} in the outbox folder`,
};

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--dry-run");
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(" ")}. Usage: npm run db:retention [-- --dry-run]`);
  const dryRun = args.includes("--dry-run");
  const schedule = retentionSchedule();
  const report = await applyRetention({ dryRun, schedule });
  if (report.skipped) {
    console.log("Another instance is applying the retention schedule right now; nothing done.");
    return;
  }
  console.log(dryRun ? "Retention schedule, dry run (nothing was changed); a run now would do:" : "Retention schedule applied:");
  for (const { id, count } of report.results) {
    const entry = schedule.find((e) => e.id === id);
    const what = entry && WHAT[id] ? WHAT[id](entry.period) : id;
    console.log(`  ${String(count).padStart(7)}  ${what}`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
