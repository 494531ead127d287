// How long the proxy keeps the list of public campaigns and their versions (a constant of its
// own so tests can import it without "server-only").
export const PROXY_VERSIONS_TTL_MS = 5_000;
