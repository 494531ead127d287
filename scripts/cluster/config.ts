// Every knob of `npm run test:cluster` (and `npm run bench -- --cluster`), read once from the
// environment. Each port can be moved so that several checkouts can run side by side; the
// defaults suit a machine of its own (CI).
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return Number(raw);
}

function ports(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  return raw.split(",").map((part, i) => {
    if (!/^\d+$/.test(part.trim())) throw new Error(`${name} must be comma-separated port numbers, got "${raw}"`);
    return port(`${name}[${i}]`, Number(part.trim()));
  });
}

export type ClusterConfig = {
  dir: string;
  appPorts: number[];
  httpPort: number;
  httpsPort: number;
  primaryPort: number;
  replicaPort: number;
  smtpPorts: number[];
  build: boolean;
};

export function clusterConfig(prefix = "CLUSTER"): ClusterConfig {
  const appPorts = ports(`${prefix}_APP_PORTS`, [3151, 3152]);
  const smtpPorts = ports(`${prefix}_SMTP_PORTS`, [3155, 3156]);
  if (appPorts.length !== 2) throw new Error(`${prefix}_APP_PORTS must name two ports (two instances)`);
  if (smtpPorts.length !== appPorts.length) throw new Error(`${prefix}_SMTP_PORTS must name one port per instance`);
  return {
    // Everything the run keeps (databases, nginx, logs) lives here and is recreated each run.
    dir: path.resolve(root, process.env[`${prefix}_DIR`] ?? ".data/cluster"),
    appPorts,
    httpPort: port(`${prefix}_HTTP_PORT`, 8150),
    httpsPort: port(`${prefix}_HTTPS_PORT`, 8151),
    // Below the kernel's ephemeral range (32768–60999 on Linux): there, any client connection's
    // local end may hold the port, and the instances' pooled connections to the primary hold
    // theirs for minutes (a CI run found 54394 held by one for longer than ten retries).
    primaryPort: port(`${prefix}_PG_PORT`, 24393),
    replicaPort: port(`${prefix}_REPLICA_PORT`, 24394),
    smtpPorts,
    // A stale .next would test code that is not in the tree: build unless told not to.
    build: process.env[`${prefix}_BUILD`] !== "0",
  };
}
