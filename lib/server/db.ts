import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { config } from "@/lib/server/config";

function createClient() {
  const { url: connectionString, poolSize: max } = config().database;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  }
  // A bounded wait for a connection: a database that stops answering (a partition, not a refused
  // connection) fails a request within seconds, and the front door answers 503 (decision 010).
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 10_000 }) });
}

// One client per process (surviving hot reloads in development), created on first use so
// that `next build` never needs a database.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

function client(): PrismaClient {
  globalForDb.db ??= createClient();
  return globalForDb.db;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, property) {
    const value: unknown = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
