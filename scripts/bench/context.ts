// What every mode of the bench shares: a log with the elapsed time, the processes it started
// (stopped at the end, on failure and on Ctrl-C), the app and its database, and measuring with
// the CPU of each of those told apart from everyone else's.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { logPath, type RunningApp } from "./app";
import { appOrigin, config } from "./config";
import { processTicks, ticksPerSecond, type Roles } from "./cpu";
import { measure, measureAlternating, type Figures, type LoadSpec } from "./load";
import { speedKeeper } from "./machine-speed";
import { logTail, startProcess, stopProcess, waitForHttp, type Managed } from "./processes";

export type PlainMode = "sign" | "count" | "pages";

export class BenchContext {
  readonly startedAt = new Date();
  readonly running: Managed[] = [];
  app: RunningApp | undefined;
  db: pg.Pool | undefined;

  log(message: string) {
    const elapsed = `${Math.round((Date.now() - this.startedAt.getTime()) / 1000)}s`.padStart(4);
    console.log(`[bench ${elapsed}] ${message}`);
  }

  useApp(app: RunningApp) {
    this.app = app;
    this.db = new pg.Pool({ connectionString: app.databaseUrl, max: 2 });
  }

  /**
   * Before a measurement that writes, or one right after a bulk insert: PostgreSQL writes its
   * dirty pages now (CHECKPOINT) and the kernel puts them on disk (sync), so that neither side of
   * a ratio pays for the other's writes, and the scale test measures a settled table rather than
   * the minutes of write-back after a million rows (which left the CPU half idle while every
   * request took longer: count p50 1.0 to 7.5 times its 1,000-signature figure, run to run).
   */
  async settleDatabase(why: string) {
    const started = Date.now();
    try {
      await this.db?.query("CHECKPOINT");
    } catch (error) {
      this.log(`CHECKPOINT refused (${error instanceof Error ? error.message : String(error)}): only the kernel's write-back is waited for`);
    }
    execFileSync("sync");
    this.log(`database settled before ${why} (checkpoint and sync: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }

  roles(): Roles {
    const plain = this.running.filter((p) => p.name.startsWith("plain ")).map((p) => p.pid);
    return { app: this.app ? [this.app.process.pid] : [], database: this.app?.postmasterPid ? [this.app.postmasterPid] : [], plain };
  }

  private readonly checkSpeed = speedKeeper();

  async measureOne(spec: LoadSpec, warmupSeconds = config.warmupSeconds): Promise<Figures> {
    const speed = await this.checkSpeed((message) => this.log(message));
    this.log(`measuring ${spec.name} for ${spec.seconds} s${warmupSeconds > 0 ? ` after a ${warmupSeconds} s warm-up` : ""} (machine at ${speed.percentOfBest} % of its best speed)…`);
    const figures = { ...(await measure(spec, this.roles(), warmupSeconds)), machineSpeedPercent: speed.percentOfBest };
    this.log(summary(figures));
    this.stopIfAServerDied(spec.name);
    return figures;
  }

  // A server that died mid-run (a crash, or a broad `pkill` from another shell) would turn the
  // rest of the run into connection errors: stop with the reason instead.
  private stopIfAServerDied(during: string) {
    const dead = this.running.find((p) => p.hasExited());
    if (dead) throw new Error(`${dead.name} (pid ${dead.pid}) exited during "${during}"; last lines of ${dead.logFile}:\n${logTail(dead.logFile, 15)}`);
  }

  // Two loads in alternating segments (./load.ts measureAlternating), each segment spec.seconds.
  async measureAlternating(a: LoadSpec, b: LoadSpec, rounds: number): Promise<[Figures, Figures]> {
    const speed = await this.checkSpeed((message) => this.log(message));
    this.log(
      `measuring ${a.name} and ${b.name} in turns, ${rounds} × ${a.seconds} s each, after a ${config.warmupSeconds} s warm-up each (machine at ${speed.percentOfBest} % of its best speed)…`,
    );
    const pair = (await measureAlternating(a, b, rounds, this.roles())).map((f) => ({ ...f, machineSpeedPercent: speed.percentOfBest })) as [Figures, Figures];
    for (const figures of pair) this.log(summary(figures));
    this.stopIfAServerDied(`${a.name} and ${b.name}`);
    return pair;
  }

  // The app's server alone (not its database), in percent of one core, over `seconds`.
  async appCpuOver(seconds: number): Promise<{ appPercentOfOneCore: number | null; samples: number[] }> {
    const pid = this.app?.serverPid;
    if (pid === undefined) return { appPercentOfOneCore: null, samples: [] };
    const samples: number[] = [];
    const first = processTicks(pid);
    let previous = first;
    for (let second = 0; second < seconds; second += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const now = processTicks(pid);
      if (now === null || previous === null) return { appPercentOfOneCore: null, samples };
      samples.push(Math.round(((now - previous) / ticksPerSecond()) * 1000) / 10);
      previous = now;
    }
    const total = previous !== null && first !== null ? previous - first : null;
    return { appPercentOfOneCore: total === null ? null : Math.round((total / ticksPerSecond() / seconds) * 1000) / 10, samples };
  }

  async startPlain(mode: PlainMode, port: number, env: Record<string, string> = {}): Promise<Managed> {
    const childEnv = {
      ...process.env,
      ...env,
      DATABASE_URL: this.app?.databaseUrl,
      DATABASE_POOL_SIZE: String(config.poolSize),
      BENCH_ORIGIN: appOrigin,
    };
    const p = startProcess(`plain ${mode} server`, process.execPath, ["--import", "tsx", "scripts/bench/plain-server.ts", mode, String(port)], {
      env: childEnv,
      logFile: logPath(`plain-${mode}`),
    });
    this.running.push(p);
    await waitForHttp(`http://localhost:${port}/health`, p, 30_000);
    return p;
  }

  async stopPlain(p: Managed) {
    this.running.splice(this.running.indexOf(p), 1);
    await stopProcess(p);
  }

  async stopAll() {
    await this.db?.end().catch(() => undefined);
    this.db = undefined;
    while (this.running.length > 0) {
      const p = this.running.pop()!;
      this.log(`stopping ${p.name} (pid ${p.pid})`);
      await stopProcess(p);
    }
  }
}

const cpuText = (f: Figures) =>
  f.cpu ? `CPU (share of all cores): app ${f.cpu.app}%, database ${f.cpu.database}%, plain ${f.cpu.plain}%, load generator ${f.cpu.loadGenerator}%, other ${f.cpu.other}%` : "CPU: unknown";

export const summary = (f: Figures) =>
  `${f.name}: ${f.rps}/s, p50 ${f.p50} ms, p99 ${f.p99} ms, non-2xx ${f.non2xx}, socket errors ${f.errors}; ${cpuText(f)}` +
  (f.notes.length > 0 ? ` (${f.notes.join("; ")})` : "");
