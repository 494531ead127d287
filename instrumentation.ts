// Runs once when a server instance starts (server.ts, as Next prepares): background jobs (count
// reconciliation, the email outbox, clean-ups). BACKGROUND_JOBS=off turns them off, e.g. for an
// instance that only serves. On SIGTERM/SIGINT the jobs stop (the email being sent finishes and
// is marked) before the server exits: docs/decisions/004-graceful-shutdown.md.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("./lib/server/config");
  if (!config().server.backgroundJobs) return;
  const [{ startJobs, stopJobs }, { runBeforeShutdown }] = await Promise.all([import("./lib/server/jobs"), import("./lib/shutdown-tasks")]);
  startJobs();
  runBeforeShutdown(stopJobs);
}
