import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Settings } from "@/lib/config/settings";
import { describeDatabaseError, isDatabaseUnavailableError } from "@/lib/database-errors";
import { ttlMemo } from "@/lib/ttl-memo";
import { databaseReachability, frontDoorPool, replicaReachability } from "../database";
import { RETRY_AFTER_SECONDS } from "../unavailable";
import { sendJson, type Step } from "../step";

// GET /api/ready: whether this instance should get traffic. Ready when the database answers and
// every migration this code ships has been applied (a new release started before
// `npm run db:migrate` would fail on the first query that needs the new schema). A replica's
// state is reported but does not decide: public reads fall back to the primary. Load balancers
// poll this; each instance asks the database at most once a second, whatever they do.
export type Readiness = {
  ready: boolean;
  database: "reachable" | "unreachable";
  migrations: "current" | "pending" | "failed" | "unknown";
  pending?: string[];
  replica: "none" | "reachable" | "unreachable" | "unknown";
  error?: string;
};

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "..", "..", "..", "prisma", "migrations");

/** The migrations this code ships: folders holding a migration.sql. */
export function shippedMigrations(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

async function check(settings: Settings, shipped: string[]): Promise<Readiness> {
  const replicaState = replicaReachability(settings)?.state();
  const replica = replicaState === undefined ? "none" : replicaState;
  // Ready only once the front door itself takes the database for reachable again (it refuses
  // requests while it does not), so that "ready" always means "serving".
  const database = databaseReachability(settings);
  if (database.isUnreachable() && (await database.check()) === "unreachable") {
    return { ready: false, database: "unreachable", migrations: "unknown", replica };
  }
  try {
    const { rows } = await frontDoorPool(settings)
      .query<{ name: string; done: boolean }>(
        `SELECT "migration_name" AS "name", "finished_at" IS NOT NULL AS "done" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
      )
      // A database never migrated has no such table: everything is pending.
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === "42P01") return { rows: [] };
        throw error;
      });
    if (rows.some((row) => !row.done)) return { ready: false, database: "reachable", migrations: "failed", replica };
    const applied = new Set(rows.map((row) => row.name));
    const pending = shipped.filter((name) => !applied.has(name));
    if (pending.length > 0) return { ready: false, database: "reachable", migrations: "pending", pending, replica };
    return { ready: true, database: "reachable", migrations: "current", replica };
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error;
    void database.check();
    return { ready: false, database: "unreachable", migrations: "unknown", replica, error: describeDatabaseError(error) };
  }
}

export function readyEndpoint({ migrationsDir = MIGRATIONS_DIR }: { migrationsDir?: string } = {}): Step {
  let shipped: string[] | undefined;
  let recent: ((key: string) => Promise<Readiness>) | undefined;
  return {
    name: "ready endpoint",
    // Every request passes here: only this address costs a promise.
    run({ req, res, url, settings }) {
      if (url.pathname !== "/api/ready" || (req.method !== "GET" && req.method !== "HEAD")) return "pass";
      shipped ??= shippedMigrations(migrationsDir);
      const migrations = shipped;
      recent ??= ttlMemo(1_000, () => check(settings, migrations));
      return recent("ready").then(({ ready, ...body }) =>
        sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "unavailable", ...body }, {
          "Cache-Control": "no-store",
          ...(ready ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }),
        }),
      );
    },
  };
}
