// npm run test:cluster: several app instances on one PostgreSQL, as the reference deployment
// (deploy/) runs them, and the faults an operator meets. Its own PostgreSQL (Debian's), two
// instances of the production build behind the deploy/ nginx (TLS, micro-cache), a mail server
// per instance; then each check in turn, with its figures. Exits non-zero when a check fails.
// Ports and folders: scripts/cluster/config.ts (CLUSTER_*). Everything it starts is stopped at
// the end, on failure and on Ctrl-C.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startSmtpServer, type SmtpCatcher } from "../../test/smtp-server";
import { runToEnd, stopProcess } from "../bench/processes";
import { clusterConfig, root } from "./config";
import type { Check, CheckResult, Cluster } from "./context";
import { httpClient } from "./http";
import { assertBuilt, buildApp, startInstance, type Instance } from "./instances";
import { startNginx, type Nginx } from "./nginx";
import { createPrimary, type PgServer } from "./postgres";
import { databaseRestartCheck } from "./checks/database-restart";
import { instanceKillCheck } from "./checks/instance-kill";
import { nginxCheck } from "./checks/nginx";
import { noInstanceCheck } from "./checks/no-instance";
import { outboxCheck } from "./checks/outbox";
import { rateLimitCheck } from "./checks/rate-limits";
import { replicaCheck } from "./checks/replica";
import { withdrawalCheck } from "./checks/withdrawal";

// In this order: the last one leaves no instance running.
const ALL: Check[] = [nginxCheck, withdrawalCheck, rateLimitCheck, outboxCheck, instanceKillCheck, databaseRestartCheck, replicaCheck, noInstanceCheck];
// `npm run test:cluster -- replica kill`: only the checks whose names contain these words.
const wanted = process.argv.slice(2).map((word) => word.toLowerCase());
const CHECKS = wanted.length === 0 ? ALL : ALL.filter((check) => wanted.some((word) => check.name.toLowerCase().includes(word)));

const started = Date.now();
const log = (line: string) => console.log(`[cluster ${String(Math.round((Date.now() - started) / 1000)).padStart(4)}s] ${line}`);

type Started = { instances: Instance[]; nginx?: Nginx; servers: PgServer[]; smtp: SmtpCatcher[]; db?: pg.Pool };
const running: Started = { instances: [], servers: [], smtp: [] };

async function stopAll() {
  await running.db?.end().catch(() => undefined);
  await Promise.all(running.instances.map((i) => stopProcess(i.process)));
  await running.nginx?.stop();
  for (const server of running.servers) {
    try {
      server.stop("fast");
    } catch (error) {
      console.error(`stopping PostgreSQL (${server.name}) failed: ${error instanceof Error ? error.message : error}`);
    }
  }
  await Promise.all(running.smtp.map((s) => s.stop()));
}

async function setUp(): Promise<Cluster> {
  const config = clusterConfig();
  mkdirSync(config.dir, { recursive: true });
  const logDir = path.join(config.dir, "logs");
  mkdirSync(logDir, { recursive: true });
  if (config.build) {
    log("building (next build; CLUSTER_BUILD=0 uses the existing build)…");
    await buildApp(logDir);
  } else assertBuilt();

  log(`PostgreSQL (Debian's) on 127.0.0.1:${config.primaryPort}…`);
  const primary = await createPrimary({ dir: path.join(config.dir, "primary"), port: config.primaryPort });
  running.servers.push(primary);
  const env = { ...process.env, DATABASE_URL: primary.url() };
  await runToEnd("prisma migrate deploy", path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env, logFile: path.join(logDir, "migrate.log") });
  await runToEnd("seed", path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed.ts"], { env, logFile: path.join(logDir, "seed.log") });

  const smtp = await Promise.all(config.smtpPorts.map((port) => startSmtpServer({ port })));
  running.smtp.push(...smtp);
  const origin = `https://localhost:${config.httpsPort}`;
  log(`two instances on ${config.appPorts.join(" and ")}, each with its own mail server (${config.smtpPorts.join(", ")})…`);
  const instances = await Promise.all(
    config.appPorts.map((port, i) =>
      startInstance({ port, databaseUrl: primary.url(), publicOrigin: origin, emailServer: `smtp://127.0.0.1:${config.smtpPorts[i]}?pool=false`, dir: logDir }),
    ),
  );
  running.instances = instances;
  log(`nginx from deploy/ on ${origin} (and http://localhost:${config.httpPort}, redirecting)…`);
  const nginx = await startNginx({ dir: path.join(config.dir, "nginx"), upstreams: config.appPorts, httpPort: config.httpPort, httpsPort: config.httpsPort });
  running.nginx = nginx;
  const db = new pg.Pool({ connectionString: primary.url(), max: 4 });
  db.on("error", () => {});
  running.db = db;
  return {
    config,
    run: `c${Date.now().toString(36)}`,
    primary,
    nginx,
    instances,
    smtp,
    client: httpClient({ ca: nginx.ca }),
    db,
    origin,
    // Over https only the __Host- cookie is read (lib/server/security/cookie-names.ts, issue 8).
    cookieName: "__Host-authjs.session-token",
  };
}

async function main() {
  process.once("SIGINT", () => void stopAll().finally(() => process.exit(130)));
  process.once("SIGTERM", () => void stopAll().finally(() => process.exit(143)));
  const results: CheckResult[] = [];
  let failure: string | undefined;
  try {
    const cluster = await setUp();
    for (const check of CHECKS) {
      log(`check: ${check.name}…`);
      const result = await check.run(cluster).catch((error: unknown): CheckResult => ({ name: check.name, ok: false, lines: [`failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`] }));
      results.push(result);
      console.log(`${result.ok ? "PASS" : "FAIL"}  ${result.name}`);
      for (const line of result.lines) console.log(`      ${line}`);
      running.instances = cluster.instances;
      if (cluster.replica && !running.servers.includes(cluster.replica)) running.servers.push(cluster.replica);
    }
    cluster.client.close();
    writeFileSync(path.join(cluster.config.dir, "results.json"), JSON.stringify({ finishedAt: new Date().toISOString(), results }, null, 2));
  } catch (error) {
    failure = error instanceof Error ? error.stack ?? error.message : String(error);
    console.error(`test:cluster could not run: ${failure}`);
  } finally {
    log("stopping everything…");
    await stopAll();
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`\n${passed} of ${CHECKS.length} checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
  process.exit(failure || passed !== CHECKS.length ? 1 : 0);
}

void main();
