import "server-only";

// EVIDENCE_FETCH_ALLOW_HOSTS: comma-separated host names the evidence fetcher may reach whatever
// addresses they resolve to (tests list their loopback server here). Empty in production: only
// public addresses are fetched. Read once. (Moves into lib/server/config.ts when that lands.)
let allowHosts: readonly string[] | undefined;

export function evidenceAllowHosts(): readonly string[] {
  allowHosts ??= (process.env.EVIDENCE_FETCH_ALLOW_HOSTS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, ""))
    .filter(Boolean);
  return allowHosts;
}
