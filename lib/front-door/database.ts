import pg from "pg";
import type { Settings } from "@/lib/config/settings";
import type { SigningDatabase } from "@/lib/database/query";
import { DatabaseUnreachableError, isDatabaseUnavailableError } from "@/lib/database-errors";
import { createReachability, type Reachability } from "./reachability";

// The front door's own connection pools: it runs outside Next's bundles, where the app's Prisma
// client lives. It reads the count, readiness and whether the database answers, and signs
// through the JSON endpoint (docs/decisions/021), so the primary's pool is as large as the
// app's (DATABASE_POOL_SIZE); the replica's serves the count alone. Created on first use. Bounded waits everywhere: a database that stops
// answering (a network partition, not just a refused connection) must turn into a 503 within
// seconds, not hold every request until TCP gives up.
const POOL_OPTIONS = { idleTimeoutMillis: 30_000, connectionTimeoutMillis: 2_000, query_timeout: 5_000 } satisfies pg.PoolConfig;

type Held = { pool: pg.Pool; reachability: Reachability };
let primary: Held | undefined;
let replica: Held | undefined;

function hold(name: string, connectionString: string, max: number, consequence: string): Held {
  const pool = new pg.Pool({ connectionString, max, ...POOL_OPTIONS, application_name: "front door" });
  // An idle connection that breaks (the database restarted) must not crash the process.
  pool.on("error", () => {});
  const reachability = createReachability({
    name,
    consequence,
    probe: async () => {
      await pool.query("SELECT 1");
    },
  });
  return { pool, reachability };
}

function primaryHeld(settings: Settings): Held {
  if (!primary) {
    if (!settings.database.url) throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
    primary = hold("database", settings.database.url, Math.max(2, settings.database.poolSize), "answering 503 with Retry-After (anonymous readers keep the cached pages)");
  }
  return primary;
}

function replicaHeld(settings: Settings): Held | undefined {
  if (!settings.database.replicaUrl) return undefined;
  replica ??= hold("database replica", settings.database.replicaUrl, 2, "public reads go to the primary");
  return replica;
}

export function frontDoorPool(settings: Settings): pg.Pool {
  return primaryHeld(settings).pool;
}

/** Whether the primary database answers, as this process last saw it. */
export function databaseReachability(settings: Settings): Reachability {
  return primaryHeld(settings).reachability;
}

export function replicaReachability(settings: Settings): Reachability | undefined {
  return replicaHeld(settings)?.reachability;
}

/** Starts watching the primary (and the replica, when there is one). */
export function watchDatabases(settings: Settings): void {
  databaseReachability(settings).start();
  replicaReachability(settings)?.start();
}

/**
 * A public read (the count): from the replica when there is one and it answers, else from the
 * primary. A failure that means "unreachable" makes the matching watcher check at once.
 */
export async function publicQuery<R extends pg.QueryResultRow>(settings: Settings, text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
  const fromReplica = replicaHeld(settings);
  if (fromReplica && !fromReplica.reachability.isUnreachable()) {
    try {
      return await fromReplica.pool.query<R>(text, values);
    } catch (error) {
      if (!isDatabaseUnavailableError(error)) throw error;
      void fromReplica.reachability.check();
    }
  }
  // Known to be away: fail at once rather than wait for a connection that will not come.
  if (databaseReachability(settings).isUnreachable()) throw new DatabaseUnreachableError();
  return frontDoorPool(settings).query<R>(text, values);
}

/**
 * The signing endpoint's statements, on the primary, and the key for its keyed hashes. While the
 * primary is known to be away a statement fails at once (the front door answers 503) rather
 * than wait for a connection that will not come.
 */
export function signingDatabase(settings: Settings): SigningDatabase {
  const secret = settings.auth.secret;
  if (!secret) throw new Error("AUTH_SECRET is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  return {
    secret,
    query: async (text, values) => {
      if (databaseReachability(settings).isUnreachable()) throw new DatabaseUnreachableError();
      return (await frontDoorPool(settings).query(text, values)).rows;
    },
  };
}

export async function closeFrontDoorPool(): Promise<void> {
  const held = [primary, replica].filter((h): h is Held => h !== undefined);
  primary = undefined;
  replica = undefined;
  for (const h of held) h.reachability.stop();
  await Promise.allSettled(held.map((h) => h.pool.end()));
}
