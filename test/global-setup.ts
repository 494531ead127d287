// Starts a real PostgreSQL for the integration tests (embedded, fresh each run) and applies the
// committed migrations, unless TEST_DATABASE_URL names a server to use instead.
// TEST_PG_DIR and TEST_PG_PORT (defaults .data/test-pg, 54331) let two checkouts test side by side.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../scripts/embedded-postgres";

const root = path.resolve(import.meta.dirname, "..");
let embedded: EmbeddedDatabase | undefined;

export async function setup() {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dir = path.resolve(root, process.env.TEST_PG_DIR ?? ".data/test-pg");
    rmSync(dir, { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({ dir, port: Number(process.env.TEST_PG_PORT ?? 54331), database: "test" });
    url = embedded.url;
  }
  process.env.DATABASE_URL = url;
  // Keyed hashes (rate limits) need a secret; tests use a fixed one.
  process.env.AUTH_SECRET ??= "test-secret-not-for-production";
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

export async function teardown() {
  await embedded?.stop();
}
