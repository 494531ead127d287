// Whether an error means "the database cannot be reached right now" (stopped, restarting,
// unreachable, refusing connections), as opposed to a mistake in a query or in the code. The
// first is answered with 503 and Retry-After and logged once per change of state; the second is
// a bug and keeps its full trace. Used outside Next's bundles (the front door, server.ts) and
// inside them, so it imports nothing.

// node-postgres and Node's sockets.
const SOCKET_CODES = new Set(["DATABASE_UNREACHABLE", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "ECONNABORTED"]);
// PostgreSQL's SQLSTATEs: class 08 (connection exception), and the server shutting down,
// crashing, starting up or recovering, or refusing more connections.
const SQLSTATES = /^(08\d{3}|57P01|57P02|57P03|53300)$/;
// Prisma's codes: cannot reach, timed out, connection closed, no connection from the pool.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Driver adapter error kinds (@prisma/driver-adapter-utils) for the same situations.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
// What the same failures say when only their text survives (a Prisma P2010 wraps the driver's
// message; some loggers pass strings).
const MESSAGES =
  /Can't reach database server|ECONNREFUSED|ECONNRESET|Connection terminated|Connection refused|connect ETIMEDOUT|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to (administrator command|unexpected postmaster exit)|DatabaseNotReachable|Server has closed the connection|too many clients already/i;

/** Thrown without trying when this process already knows the database is away. */
export class DatabaseUnreachableError extends Error {
  readonly code = "DATABASE_UNREACHABLE";
  constructor() {
    super("the database is unreachable (known from the last check)");
  }
}

function fieldOf(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (depth > 6 || error === null || error === undefined) return false;
  if (typeof error === "string") return MESSAGES.test(error);
  if (typeof error !== "object") return false;
  const code = fieldOf(error, "code");
  if (typeof code === "string" && (SOCKET_CODES.has(code) || SQLSTATES.test(code) || PRISMA_CODES.has(code))) return true;
  const kind = fieldOf(error, "kind");
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  const message = fieldOf(error, "message");
  if (typeof message === "string" && MESSAGES.test(message)) return true;
  const meta = fieldOf(error, "meta");
  if (meta && typeof meta === "object" && isDatabaseUnavailableError(fieldOf(meta, "driverAdapterError"), depth + 1)) return true;
  // AggregateError (a connection refused on both IPv4 and IPv6) and wrapped causes.
  const errors = fieldOf(error, "errors");
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailableError(inner, depth + 1))) return true;
  return isDatabaseUnavailableError(fieldOf(error, "cause"), depth + 1);
}

/** A short description for the one log line, without stack or query. */
export function describeDatabaseError(error: unknown): string {
  if (error && typeof error === "object") {
    const code = fieldOf(error, "code");
    const message = fieldOf(error, "message");
    const text = typeof message === "string" ? message.replace(/\s+/g, " ").trim() : "";
    const firstLine = /Can't reach database server at \S+/.exec(text)?.[0] ?? text;
    return [typeof code === "string" ? code : "", firstLine.slice(0, 160)].filter(Boolean).join(": ") || "unknown error";
  }
  return String(error).slice(0, 160);
}
