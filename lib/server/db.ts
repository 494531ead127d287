import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { SigningDatabase } from "@/lib/database/query";
import { config } from "@/lib/server/config";
import { keyedHashSecret } from "@/lib/server/security/keyed-hash";

type Database = { pool: pg.Pool; client: PrismaClient };

function createDatabase(): Database {
  const { url: connectionString, poolSize: max } = config().database;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  }
  // A bounded wait for a connection: a database that stops answering (a partition, not a refused
  // connection) fails a request within seconds, and the front door answers 503 (decision 010).
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 10_000 });
  // An idle connection that breaks (the database restarted) must not crash the process.
  pool.on("error", () => {});
  return { pool, client: new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) };
}

// One pool and one client per process (surviving hot reloads in development), created on first
// use so that `next build` never needs a database.
const globalForDb = globalThis as unknown as { database?: Database };

function database(): Database {
  globalForDb.database ??= createDatabase();
  return globalForDb.database;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, property) {
    const { client } = database();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * One SQL statement straight through the `pg` driver, on the same pool as Prisma. For the few
 * statements on the signing path only: Prisma 6.19 runs even a raw query through its query
 * engine, which costs several times the statement's own CPU (measured: issue 13). Parameters are
 * always passed separately ($1, $2…), never put into the text.
 */
export async function sql<Row extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<Row[]> {
  return (await database().pool.query<Row>(text, values)).rows;
}

/** The app's statements and secret, for the data functions the front door runs too (lib/database/query.ts). */
export function appDatabase(): SigningDatabase {
  return { query: sql, secret: keyedHashSecret() };
}
