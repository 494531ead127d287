// Debian's PostgreSQL server for the cluster test and bench: a primary, and a streaming replica
// made with pg_basebackup, each with its data, socket and log in folders of its own under the
// run's directory. PostgreSQL refuses to run as root: as root, every server command runs as the
// `postgres` user (`runuser -u postgres --`), which owns those folders.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const isRoot = process.getuid?.() === 0;

function serverBinDir(): string {
  try {
    const dir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    if (existsSync(path.join(dir, "pg_ctl"))) return dir;
  } catch {
    // pg_config comes with libpq-dev on some systems; look where Debian puts the server.
  }
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(path.join(base, v, "bin", "pg_ctl"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("PostgreSQL's server is not installed: apt-get install -y postgresql (Debian's package)");
  return path.join(base, newest, "bin");
}

let binDir: string | undefined;
const bin = (name: string) => path.join((binDir ??= serverBinDir()), name);

function owner(): { uid: number; gid: number } | undefined {
  if (!isRoot) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** A folder the server's user owns. */
function ownedDir(dir: string) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const o = owner();
  if (o) chownSync(dir, o.uid, o.gid);
}

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv as string[], { encoding: "utf8", env: { ...process.env, ...env }, cwd: "/" });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

export type PgServer = {
  name: string;
  port: number;
  dataDir: string;
  logFile: string;
  url: (database?: string) => string;
  start: () => void;
  /** "immediate" is a crash as far as the server's clients can tell: no goodbye, recovery on start. */
  stop: (mode: "fast" | "immediate") => void;
  isRunning: () => boolean;
  query: <R extends pg.QueryResultRow>(sql: string, values?: unknown[], database?: string) => Promise<R[]>;
};

function server(name: string, dir: string, port: number, password: string): PgServer {
  const dataDir = path.join(dir, "data");
  const socketDir = path.join(dir, "socket");
  const logFile = path.join(dir, "server.log");
  const url = (database = "campaigns") => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    name,
    port,
    dataDir,
    logFile,
    url,
    start() {
      ownedDir(socketDir);
      const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${socketDir} -c max_connections=200`;
      // A port a moment ago in use (a server stopped just before) or, if set inside the kernel's
      // ephemeral range, held by some client connection's local end: try again shortly.
      for (let attempt = 1; ; attempt += 1) {
        try {
          run(bin("pg_ctl"), ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", options, "start"]);
          return;
        } catch (error) {
          const busy = existsSync(logFile) && readFileSync(logFile, "utf8").split("\n").slice(-8).some((line) => line.includes("Address already in use"));
          if (!busy || attempt >= 10) throw error;
          spawnSync("sleep", ["1"]);
        }
      }
    },
    stop(mode) {
      if (!this.isRunning()) return;
      run(bin("pg_ctl"), ["-D", dataDir, "-m", mode, "-w", "-t", "60", "stop"]);
    },
    isRunning() {
      const pidFile = path.join(dataDir, "postmaster.pid");
      if (!existsSync(pidFile)) return false;
      const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    },
    async query(sql, values = [], database = "campaigns") {
      const client = new pg.Client({ connectionString: url(database) });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

/** A new primary in `dir` (anything there before is deleted), started, with a `campaigns` database. */
export async function createPrimary({ dir, port }: { dir: string; port: number }): Promise<PgServer> {
  rmSync(dir, { recursive: true, force: true });
  ownedDir(dir);
  const password = randomBytes(18).toString("base64url");
  const pwfile = path.join(dir, "password");
  writeFileSync(pwfile, password + "\n", { mode: 0o600 });
  const o = owner();
  if (o) chownSync(pwfile, o.uid, o.gid);
  const primary = server("primary", dir, port, password);
  run(bin("initdb"), ["-D", primary.dataDir, "-U", "postgres", `--pwfile=${pwfile}`, "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C"]);
  primary.start();
  await primary.query(`CREATE DATABASE "campaigns"`, [], "postgres");
  return primary;
}

/** A streaming replica of `primary` in `dir` (pg_basebackup -R), started. */
export function createReplica({ primary, dir, port }: { primary: PgServer; dir: string; port: number }): PgServer {
  rmSync(dir, { recursive: true, force: true });
  ownedDir(dir);
  const password = decodeURIComponent(new URL(primary.url()).password);
  const replica = server("replica", dir, port, password);
  run(bin("pg_basebackup"), ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres", "-D", replica.dataDir, "-R", "-X", "stream", "-c", "fast"], {
    PGPASSWORD: password,
  });
  replica.start();
  return replica;
}
