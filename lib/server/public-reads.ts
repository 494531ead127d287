import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailableError } from "@/lib/database-errors";
import { config } from "@/lib/server/config";
import { db } from "@/lib/server/db";

// Public reads (campaign pages for anonymous readers, the home page, the JSON API) may come
// from a read replica (DATABASE_REPLICA_URL): a surge of readers then costs the primary nothing,
// and signing keeps it to itself. Anything a signer changes, and anything that decides what a
// signer sees, reads the primary. A replica that does not answer is left alone for a few
// seconds and the primary answers instead; an error in a query on the replica is retried on the
// primary (a standby can cancel a query that conflicts with what it replays).
// See docs/decisions/010.
export type ReadFrom = "primary" | "replica";

const AWAY_FOR_MS = 5_000;
const globalForReplica = globalThis as unknown as { replicaDb?: { url: string; client: PrismaClient } };
let awayUntil = 0;

function replicaDb(): PrismaClient | undefined {
  const { replicaUrl, poolSize } = config().database;
  if (!replicaUrl) return undefined;
  if (globalForReplica.replicaDb?.url !== replicaUrl) {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: replicaUrl, max: poolSize, connectionTimeoutMillis: 2_000 }) });
    globalForReplica.replicaDb = { url: replicaUrl, client };
    awayUntil = 0;
  }
  return globalForReplica.replicaDb.client;
}

export function hasReplica(): boolean {
  return Boolean(config().database.replicaUrl);
}

/** A read on the replica only: undefined when there is none, or it is away, or the read failed. */
export async function readReplica<T>(read: (client: PrismaClient) => Promise<T>): Promise<{ value: T } | undefined> {
  const replica = Date.now() >= awayUntil ? replicaDb() : undefined;
  if (!replica) return undefined;
  try {
    return { value: await read(replica) };
  } catch (error) {
    if (isDatabaseUnavailableError(error)) awayUntil = Date.now() + AWAY_FOR_MS;
    return undefined;
  }
}

/** A public read: on the replica when asked for and possible, else on the primary. */
export async function readPublic<T>(from: ReadFrom | undefined, read: (client: PrismaClient) => Promise<T>): Promise<T> {
  const fromReplica = from === "replica" ? await readReplica(read) : undefined;
  return fromReplica ? fromReplica.value : read(db);
}
