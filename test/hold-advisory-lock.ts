// Holds a PostgreSQL advisory lock from another connection, as another instance would while it
// works, until release() is called: for tests of "one instance at a time".
import { newClient } from "./db";

export async function holdAdvisoryLock(key: number, second?: string): Promise<{ release: () => Promise<void> }> {
  const other = newClient();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const taken = new Promise<void>((resolve) => (locked = resolve));
  const holder = other.$transaction(async (tx) => {
    if (second === undefined) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${key}::bigint)`;
    else await tx.$executeRaw`SELECT pg_advisory_xact_lock(${key}::int, hashtext(${second}))`;
    locked();
    await held;
  });
  await taken;
  return {
    release: async () => {
      release();
      await holder;
      await other.$disconnect();
    },
  };
}
