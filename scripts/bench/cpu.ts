// Where the machine's CPU went during a measurement, by role: the app, its database, the plain
// server, the load generator (this process), and everything else. The bench runs on a shared
// machine: a figure taken while something else was busy is slower for that reason alone, so
// every measurement says how much "other" there was, and the run checks it.
//
// PostgreSQL needs care: each of its processes (backends, walwriter, autovacuum…) starts a
// session of its own, so it belongs to no process group the bench started. Counted by group,
// PostgreSQL's work for the plain servers showed as "other processes" (49–66 % in issue 13),
// and, counted with the app's process tree, as the app staying busy after a surge. Here the
// database is the postmaster and its children, wherever their group.
//
// Linux only (/proc); elsewhere every share is reported as null.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

export type Roles = { app: number[]; database: number[]; plain: number[] };
export type RoleName = "app" | "database" | "plain" | "loadGenerator";
export type CpuShares = Record<RoleName | "other", number>;

type ProcessStat = { pid: number; ppid: number; pgid: number; ticks: number };

export type Snapshot = { busy: number; total: number; byRole: Record<RoleName, number> };

// user + nice + system, and the total. Interrupt time is left out of "busy": it is mostly the
// loopback traffic of the measurement itself and belongs to no process.
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0] = fields;
  return { busy: user + nice + system, total: fields.reduce((a, b) => a + b, 0) };
}

function readStat(pid: number): ProcessStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime + stime, and cutime + cstime: the time of its children that have ended (and been
    // waited for). A PostgreSQL backend that ends within a measurement (an idle connection
    // closed by its pool) takes its ticks from the process list; they reappear in the
    // postmaster's children's time, so the database's share stays whole. Without them, a backend
    // that had served a minute of signing and closed during the next run turned its whole life's
    // CPU into a negative database share (shown as 0 %) and 53 % "other" (issue 13, quick run).
    return { pid, ppid: Number(after[1]), pgid: Number(after[2]), ticks: Number(after[11]) + Number(after[12]) + Number(after[13]) + Number(after[14]) };
  } catch {
    return null; // The process ended while being read.
  }
}

function allProcesses(): ProcessStat[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readStat(Number(entry)))
    .filter((p): p is ProcessStat => p !== null);
}

// A process of ours that ends within the window (a PostgreSQL worker) is counted through its
// parent's children's time (readStat).
function classify(processes: ProcessStat[], roles: Roles): Map<number, RoleName> {
  const byPid = new Map<number, RoleName>();
  const databaseRoots = new Set(roles.database);
  for (const p of processes) {
    if (p.pid === process.pid) byPid.set(p.pid, "loadGenerator");
    else if (databaseRoots.has(p.pid) || databaseRoots.has(p.ppid)) byPid.set(p.pid, "database");
    else if (roles.plain.includes(p.pgid)) byPid.set(p.pid, "plain");
    else if (roles.app.includes(p.pgid)) byPid.set(p.pid, "app");
  }
  return byPid;
}

export function cpuSnapshot(roles: Roles): Snapshot | null {
  try {
    const processes = allProcesses();
    const classified = classify(processes, roles);
    const byRole: Record<RoleName, number> = { app: 0, database: 0, plain: 0, loadGenerator: 0 };
    for (const p of processes) {
      const role = classified.get(p.pid);
      if (role) byRole[role] += p.ticks;
    }
    return { ...machineTicks(), byRole };
  } catch {
    return null;
  }
}

const percent = (part: number, total: number) => Math.max(0, Math.round((part / total) * 1000) / 10);

// Shares of all cores between two snapshots: 50 % on two cores is one core's worth.
export function cpuShares(before: Snapshot | null, after: Snapshot | null): CpuShares | null {
  if (!before || !after) return null;
  const total = after.total - before.total;
  if (total <= 0) return null;
  const used = (role: RoleName) => Math.max(0, after.byRole[role] - before.byRole[role]);
  const ours = (["app", "database", "plain", "loadGenerator"] as const).reduce((sum, role) => sum + used(role), 0);
  return {
    app: percent(used("app"), total),
    database: percent(used("database"), total),
    plain: percent(used("plain"), total),
    loadGenerator: percent(used("loadGenerator"), total),
    other: percent(after.busy - before.busy - ours, total),
  };
}

// Several measurements' CPU as one (a read taken in segments, ./load.ts): the ticks of each
// segment, before to after, added up, as a snapshot pair from zero to the sum. Unknown if any is.
export function pooledCpu(segments: { before: Snapshot | null; after: Snapshot | null }[]): CpuShares | null {
  const zero = (): Snapshot => ({ busy: 0, total: 0, byRole: { app: 0, database: 0, plain: 0, loadGenerator: 0 } });
  const sum = zero();
  for (const { before, after } of segments) {
    if (!before || !after) return null;
    sum.busy += after.busy - before.busy;
    sum.total += after.total - before.total;
    for (const role of Object.keys(sum.byRole) as RoleName[]) sum.byRole[role] += after.byRole[role] - before.byRole[role];
  }
  return cpuShares(zero(), sum);
}

// CPU of one process (all its threads, and its children that have ended), in clock ticks: for
// watching the app's server alone.
export function processTicks(pid: number): number | null {
  return readStat(pid)?.ticks ?? null;
}

export function ticksPerSecond(): number {
  return 100; // USER_HZ on Linux
}

// Resident memory of one process, in MiB.
export function residentMiB(pid: number): number | null {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round((Number(kb) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

// The process listening on a TCP port (the app's server under its wrappers: tsx, with-db).
export function listeningPid(port: number): number | null {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      // State 0A is LISTEN.
      if (local && fields[3] === "0A" && Number.parseInt(local.split(":")[1] ?? "", 16) === port) inodes.add(fields[9]!);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return Number(entry);
      } catch {
        // Closed meanwhile.
      }
    }
  }
  return null;
}
