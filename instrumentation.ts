// Runs once when a server instance starts: background jobs (count reconciliation, the email
// outbox, clean-ups). BACKGROUND_JOBS=off turns them off, e.g. for an instance that only serves.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.BACKGROUND_JOBS === "off") return;
  const { startJobs } = await import("./lib/server/jobs");
  startJobs();
}
