// Renders deploy/nginx/campaign-tracker.conf (with its locations) into a site file for Debian's
// nginx: the reference deployment's one place of truth, used as it is by operators
// (`npm run deploy:nginx`) and by `npm run test:cluster` and `npm run bench -- --cluster`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { routing } from "../../i18n/routing";
import { unavailablePage } from "../../lib/front-door/unavailable";

export const deployDir = path.resolve(import.meta.dirname, "..", "..", "deploy");

export type NginxSiteOptions = {
  /** The public host name (AUTH_URL's). */
  serverName: string;
  /** The app instances, host:port each. */
  upstreams: string[];
  /** Where the checkout lives (the "unavailable" pages are served from its deploy/ folder). */
  appDir: string;
  cacheDir: string;
  /** `listen` arguments for plain HTTP (which redirects to HTTPS when TLS is on). */
  httpListen?: string[];
  /** `listen` arguments for HTTPS. */
  httpsListen?: string[];
  /** Certificate and key for HTTPS; null when TLS ends before nginx and it serves plain HTTP. */
  tls: { certificate: string; key: string } | null;
};

const indent = (lines: string[], by = "    ") => lines.map((line) => (line ? by + line : line)).join("\n");

// The public authority (host[:port]) that a listen address serves, default ports left out.
function authority(serverName: string, listen: string, defaultPort: string): string {
  const port = /(?:^|:)(\d+)(?:\s|$)/.exec(listen)?.[1];
  return port && port !== defaultPort ? `${serverName}:${port}` : serverName;
}

export function renderNginxSite(options: NginxSiteOptions): string {
  const httpListen = options.httpListen ?? ["80", "[::]:80"];
  const httpsListen = options.httpsListen ?? ["443", "[::]:443"];
  if (options.upstreams.length === 0) throw new Error("at least one --upstream is needed");
  if (!/^[a-z0-9.-]+$/i.test(options.serverName)) throw new Error(`not a host name: ${options.serverName}`);
  const locations = readFileSync(path.join(deployDir, "nginx", "campaign-tracker.locations.conf"), "utf8").trimEnd();

  const defaultListen = [
    ...httpListen.map((l) => `listen ${l} default_server;`),
    ...(options.tls ? [...httpsListen.map((l) => `listen ${l} ssl default_server;`), "ssl_reject_handshake on;"] : []),
  ];
  const servers = options.tls
    ? [
        "server {",
        indent([...httpListen.map((l) => `listen ${l};`), `server_name ${options.serverName};`]),
        "    location /.well-known/acme-challenge/ {",
        "        root /var/www/html;",
        "    }",
        "    location / {",
        `        return 301 https://${authority(options.serverName, httpsListen[0] ?? "443", "443")}$request_uri;`,
        "    }",
        "}",
        "",
        "server {",
        indent([
          ...httpsListen.map((l) => `listen ${l} ssl http2;`),
          `server_name ${options.serverName};`,
          `ssl_certificate ${options.tls.certificate};`,
          `ssl_certificate_key ${options.tls.key};`,
          "ssl_protocols TLSv1.2 TLSv1.3;",
          "ssl_session_cache shared:campaign_tracker_tls:10m;",
          "ssl_session_timeout 1d;",
          "ssl_session_tickets off;",
          "",
        ]),
        locations,
        "}",
      ]
    : ["server {", indent([...httpListen.map((l) => `listen ${l};`), `server_name ${options.serverName};`, ""]), locations, "}"];

  const pages = [
    `default /${routing.defaultLocale}.html;`,
    `"~^/api/" /api.json;`,
    ...routing.locales.filter((l) => l !== routing.defaultLocale).map((l) => `"~^/${l}([/?#]|$)" /${l}.html;`),
  ];

  const template = readFileSync(path.join(deployDir, "nginx", "campaign-tracker.conf"), "utf8");
  const filled = template
    .replace("@CACHE_DIR@", options.cacheDir)
    .replace("@UPSTREAM_SERVERS@", indent(options.upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=5s;`)))
    .replace("@UNAVAILABLE_PAGES@", indent(pages))
    .replace("@DEFAULT_LISTEN@", indent(defaultListen))
    .replace("@SITE_SERVERS@", servers.join("\n"))
    .replaceAll("@APP_DIR@", options.appDir)
    .replaceAll("@PUBLIC_HOST@", options.tls ? authority(options.serverName, httpsListen[0] ?? "443", "443") : authority(options.serverName, httpListen[0] ?? "80", "80"));
  const left = /@[A-Z_]+@/.exec(filled);
  if (left) throw new Error(`nginx template: ${left[0]} was not filled in`);
  return filled;
}

/** The files nginx answers with when no instance answers: deploy/nginx/unavailable/. */
export function unavailableFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  // An empty link is the address the reader asked for: "try again" reloads it.
  for (const locale of routing.locales) files[`${locale}.html`] = unavailablePage(locale, "");
  files["api.json"] = JSON.stringify({
    error: "unavailable",
    message: "The service is briefly unavailable. Please try again shortly.",
  }) + "\n";
  return files;
}
