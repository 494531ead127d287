// After a crash (kill -9 of `npm start` or `npm run dev`, a power cut), the embedded
// PostgreSQL's data folder can hold a lock (postmaster.pid) for a server that is gone, or a
// server that is still running with nobody left to stop it. PostgreSQL then refuses to start
// ("lock file postmaster.pid already exists"). Before starting, this looks at the lock and puts
// things right when that is safe: only for a server on this very data folder, and only when
// the process that started it is gone. Anything else stops with a message that says exactly
// what to do.
import { existsSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

type Log = (line: string) => void;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A process killed but not yet reaped by its parent (a zombie, common in containers whose first
// process reaps nothing) still answers kill(pid, 0): it counts as gone.
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's (the `postgres` user's, when not root).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return !isZombie(pid);
}

/** When a process started (clock ticks since boot), to tell it from a later one with its PID. */
export function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Whether `pid` is a PostgreSQL server running on `dataDir`: its working folder is the data folder. */
function servesFolder(pid: number, dataDir: string): boolean | undefined {
  if (!existsSync("/proc")) return undefined;
  try {
    const cwd = realpathSync(`/proc/${pid}/cwd`);
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return /postgres/.test(command) && sameFolder(cwd, dataDir);
  } catch {
    return false;
  }
}

type Owner = { pid: number; started: string | undefined };
const ownerFile = (dataDir: string) => `${path.resolve(dataDir)}.owner`;

/** Records this process as the one that started the server on `dataDir`. */
export function claimOwnership(dataDir: string): void {
  const owner: Owner = { pid: process.pid, started: startTimeOf(process.pid) };
  writeFileSync(ownerFile(dataDir), JSON.stringify(owner) + "\n", { mode: 0o600 });
}

export function releaseOwnership(dataDir: string): void {
  rmSync(ownerFile(dataDir), { force: true });
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

// The process that started the server, if it still runs: the one recorded in the owner file,
// or, without one (a server started by an older version), a Node.js parent still alive.
function liveOwner(dataDir: string, serverPid: number): number | undefined {
  if (existsSync(ownerFile(dataDir))) {
    try {
      const owner = JSON.parse(readFileSync(ownerFile(dataDir), "utf8")) as Owner;
      if (!isAlive(owner.pid) || owner.pid === process.pid) return undefined;
      // The same PID, but a process started later, is someone else: the owner is gone.
      return owner.started === undefined || owner.started === startTimeOf(owner.pid) ? owner.pid : undefined;
    } catch {
      return undefined;
    }
  }
  const parent = parentOf(serverPid);
  if (parent === undefined || parent <= 1) return undefined;
  try {
    return /node/.test(readFileSync(`/proc/${parent}/cmdline`, "utf8")) ? parent : undefined;
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

export async function recoverAfterCrash(dataDir: string, log: Log = (line) => console.log(line)): Promise<void> {
  const lock = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, "utf8").split("\n")[0]);
  const where = `the embedded PostgreSQL in ${dataDir}`;
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    rmSync(lock, { force: true });
    log(`Removed a stale lock from ${where}: the server that held it (PID ${pid}) is gone, after a crash.`);
    return;
  }
  const serves = servesFolder(pid, dataDir);
  if (serves === false) {
    rmSync(lock, { force: true });
    log(`Removed a stale lock from ${where}: PID ${pid} is now another program, not that folder's server.`);
    return;
  }
  const owner = liveOwner(dataDir, pid);
  if (owner !== undefined) {
    throw new Error(
      `${where} is in use by process ${owner} (a running \`npm run dev\` or \`npm start\` from this folder). ` +
        `Stop that one first, or give this one a folder and port of its own (EMBEDDED_PG_DIR, EMBEDDED_PG_PORT).`,
    );
  }
  if (serves === undefined) {
    throw new Error(
      `${where} may still be running (PID ${pid}) from a run that crashed. If no \`npm run dev\` or \`npm start\` is running from this folder, stop it with \`kill -INT ${pid}\` and start again.`,
    );
  }
  // Ours, and nobody's any more: a fast shutdown (SIGINT) finishes cleanly, keeping every
  // committed transaction; SIGQUIT (immediate, recovered on the next start) if it will not.
  log(`Stopping ${where} (PID ${pid}), left running by a run that crashed…`);
  process.kill(pid, "SIGINT");
  if (!(await waitForExit(pid, 30_000))) {
    process.kill(pid, "SIGQUIT");
    if (!(await waitForExit(pid, 10_000))) throw new Error(`${where} (PID ${pid}) did not stop: stop it with \`kill -9 ${pid}\` and start again.`);
  }
  log(`Stopped; starting it again.`);
}
