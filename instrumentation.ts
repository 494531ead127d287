// Runs once when a server instance starts (with `next start`, on its first request): background
// jobs (count reconciliation, the email outbox, clean-ups). BACKGROUND_JOBS=off turns them off,
// e.g. for an instance that only serves. On SIGTERM/SIGINT the jobs stop (the email being sent
// finishes and is marked) before Next's own shutdown exits: docs/decisions/004-graceful-shutdown.md.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.BACKGROUND_JOBS === "off") return;
  const [{ startJobs, stopJobs }, { runBeforeShutdown }] = await Promise.all([import("./lib/server/jobs"), import("./lib/server/shutdown")]);
  startJobs();
  runBeforeShutdown(stopJobs);
}
