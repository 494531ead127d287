// The reference nginx (deploy/nginx/, rendered by scripts/deploy/nginx-site.ts) run as an
// operator would, but with every file of its own under the run's directory: its own top-level
// configuration, pid file, logs, temporary and cache folders, and a self-signed certificate for
// "localhost". Debian's nginx; the master runs in the foreground as this run's child.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderNginxSite } from "../deploy/nginx-site";
import { startProcess, stopProcess, type Managed } from "../bench/processes";
import { root } from "./config";

// Debian installs it in /usr/sbin, which a non-root PATH may leave out.
const NGINX = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

export type Nginx = { process: Managed; ca: string; httpsOrigin: string; httpOrigin: string; stop: () => Promise<void> };

function certificate(dir: string): { certificate: string; key: string } {
  const certificate = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    "-keyout", key, "-out", certificate,
  ], { stdio: "pipe" });
  return { certificate, key };
}

export type NginxOptions = {
  dir: string;
  upstreams: number[];
  httpPort: number;
  /** With TLS (the shipped set-up, redirecting HTTP to it), or serving the site on plain HTTP. */
  httpsPort?: number;
  accessLog?: boolean;
};

export async function startNginx({ dir, upstreams, httpPort, httpsPort, accessLog = true }: NginxOptions): Promise<Nginx> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "tmp"), { recursive: true });
  const tls = httpsPort ? certificate(dir) : null;
  const site = renderNginxSite({
    serverName: "localhost",
    upstreams: upstreams.map((port) => `127.0.0.1:${port}`),
    appDir: root,
    cacheDir: path.join(dir, "cache"),
    httpListen: [`127.0.0.1:${httpPort}`],
    httpsListen: httpsPort ? [`127.0.0.1:${httpsPort}`] : undefined,
    tls,
  });
  writeFileSync(path.join(dir, "site.conf"), site);
  const tmp = (name: string) => `${name}_temp_path ${path.join(dir, "tmp", name)};`;
  // What Debian's /etc/nginx/nginx.conf sets around its sites, with this run's own files.
  writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      ...(process.getuid?.() === 0 ? ["user www-data;"] : []),
      "worker_processes auto;",
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "error.log")} warn;`,
      "events { worker_connections 4096; }",
      "http {",
      "    sendfile on;",
      "    tcp_nopush on;",
      "    types_hash_max_size 2048;",
      "    include /etc/nginx/mime.types;",
      "    default_type application/octet-stream;",
      accessLog ? `    access_log ${path.join(dir, "access.log")};` : "    access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `    ${tmp(name)}`),
      `    include ${path.join(dir, "site.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const args = ["-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")];
  const test = spawnSync(NGINX, [...args, "-t"], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t refused the rendered configuration (${path.join(dir, "site.conf")}):\n${test.stderr}`);
  const nginx = startProcess("nginx", NGINX, [...args, "-g", "daemon off;"], { env: process.env, logFile: path.join(dir, "stdout.log") });
  const deadline = Date.now() + 10_000;
  for (;;) {
    // By name: any other host name gets no answer at all (the default server closes the connection).
    const ok = await fetch(`http://localhost:${httpPort}/`, { redirect: "manual" }).then(() => true, () => false);
    if (ok) break;
    if (nginx.hasExited() || Date.now() > deadline) {
      await stopProcess(nginx, 2_000);
      throw new Error(`nginx did not start; see ${path.join(dir, "error.log")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    process: nginx,
    ca: tls ? readFileSync(tls.certificate, "utf8") : "",
    httpsOrigin: httpsPort ? `https://localhost:${httpsPort}` : "",
    httpOrigin: `http://localhost:${httpPort}`,
    stop: () => stopProcess(nginx, 5_000),
  };
}
