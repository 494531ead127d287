// How much of the machine's CPU went to processes that are not the bench's during a
// measurement. The bench runs on a shared machine: a figure taken while something else was
// busy is slower for that reason alone, and the results should say so. Linux only (/proc);
// elsewhere the share is reported as null.
import { readdirSync, readFileSync } from "node:fs";

type Snapshot = { busy: number; total: number; ours: number };

// user + nice + system, and the total. Interrupt time is left out of "busy": it is mostly the
// loopback traffic of the measurement itself and belongs to no process.
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0] = fields;
  return { busy: user + nice + system, total: fields.reduce((a, b) => a + b, 0) };
}

// utime + stime of every process in the given process groups, and of this process. A process
// of ours that ends within the window (a short-lived PostgreSQL worker) takes its ticks with it
// and counts as "other": the share errs high, never low.
function ourTicks(groups: Set<number>): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      if (pid === process.pid || groups.has(Number(after[2]))) ticks += Number(after[11]) + Number(after[12]);
    } catch {
      // The process ended while being read.
    }
  }
  return ticks;
}

export function cpuSnapshot(groups: number[]): Snapshot | null {
  try {
    return { ...machineTicks(), ours: ourTicks(new Set(groups)) };
  } catch {
    return null;
  }
}

// Percent of all cores used by other processes between two snapshots.
export function otherCpuPercent(before: Snapshot | null, after: Snapshot | null): number | null {
  if (!before || !after) return null;
  const total = after.total - before.total;
  if (total <= 0) return null;
  const other = after.busy - before.busy - (after.ours - before.ours);
  return Math.max(0, Math.round((other / total) * 1000) / 10);
}
