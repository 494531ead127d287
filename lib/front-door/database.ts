import pg from "pg";
import type { Settings } from "@/lib/config/settings";

// The front door's own small connection pool: it runs outside Next's bundles, where the app's
// Prisma client lives, and needs only a few cheap reads (the count). Created on first use.
let pool: pg.Pool | undefined;

export function frontDoorPool(settings: Settings): pg.Pool {
  if (!pool) {
    if (!settings.database.url) throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
    pool = new pg.Pool({ connectionString: settings.database.url, max: 2, idleTimeoutMillis: 30_000 });
    // An idle connection that breaks (the database restarted) must not crash the process.
    pool.on("error", () => {});
  }
  return pool;
}

export async function closeFrontDoorPool(): Promise<void> {
  await pool?.end();
  pool = undefined;
}
