import type pg from "pg";
import type { SmtpCatcher } from "../../test/smtp-server";
import type { ClusterConfig } from "./config";
import type { Client } from "./http";
import type { Instance } from "./instances";
import type { Nginx } from "./nginx";
import type { PgServer } from "./postgres";

// Everything a check may use: the servers, the instances (replaced in place when a check
// restarts one), a client that trusts nginx's certificate, and the primary's pool.
export type Cluster = {
  config: ClusterConfig;
  run: string;
  primary: PgServer;
  replica?: PgServer;
  nginx: Nginx;
  instances: Instance[];
  smtp: SmtpCatcher[];
  client: Client;
  db: pg.Pool;
  /** The public origin (nginx, HTTPS): AUTH_URL of every instance. */
  origin: string;
  /** The session cookie's name on that origin. */
  cookieName: string;
};

export type CheckResult = { name: string; ok: boolean; lines: string[] };

export type Check = { name: string; run: (cluster: Cluster) => Promise<CheckResult> };

/** What nginx adds to a request, for one sent to an instance directly. */
export const asFromNginx = (cluster: Cluster, token?: string): Record<string, string> => ({
  Host: new URL(cluster.origin).host,
  Origin: cluster.origin,
  ...(token ? { Cookie: `${cluster.cookieName}=${token}` } : {}),
});

export const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
