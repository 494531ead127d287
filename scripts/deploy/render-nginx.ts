// npm run deploy:nginx -- --server-name campaigns.example.org --upstream 127.0.0.1:3001 \
//   --upstream 127.0.0.1:3002 [--app-dir /srv/campaign-tracker] [--cache-dir /var/cache/nginx/campaign-tracker]
//   [--certificate PATH --certificate-key PATH | --no-tls] [--http-listen 80 …] [--https-listen 443 …]
//   [--out /etc/nginx/sites-available/campaign-tracker]
// Writes the reference nginx site (deploy/nginx/) for these instances. Certificates default to
// certbot's paths for the server name. --write-unavailable-pages refreshes
// deploy/nginx/unavailable/ from messages/*.json instead.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { deployDir, renderNginxSite, unavailableFiles } from "./nginx-site";

const { values } = parseArgs({
  options: {
    "server-name": { type: "string" },
    upstream: { type: "string", multiple: true },
    "app-dir": { type: "string", default: path.resolve(import.meta.dirname, "..", "..") },
    "cache-dir": { type: "string", default: "/var/cache/nginx/campaign-tracker" },
    certificate: { type: "string" },
    "certificate-key": { type: "string" },
    "no-tls": { type: "boolean", default: false },
    "http-listen": { type: "string", multiple: true },
    "https-listen": { type: "string", multiple: true },
    out: { type: "string" },
    "write-unavailable-pages": { type: "boolean", default: false },
  },
});

if (values["write-unavailable-pages"]) {
  for (const [name, content] of Object.entries(unavailableFiles())) writeFileSync(path.join(deployDir, "nginx", "unavailable", name), content);
  console.log(`wrote ${path.join(deployDir, "nginx", "unavailable")}`);
  process.exit(0);
}

const serverName = values["server-name"];
if (!serverName || !values.upstream?.length) {
  console.error("usage: npm run deploy:nginx -- --server-name campaigns.example.org --upstream 127.0.0.1:3001 [--upstream …] [--out FILE]");
  process.exit(1);
}
const site = renderNginxSite({
  serverName,
  upstreams: values.upstream,
  appDir: values["app-dir"],
  cacheDir: values["cache-dir"],
  httpListen: values["http-listen"],
  httpsListen: values["https-listen"],
  tls: values["no-tls"]
    ? null
    : {
        certificate: values.certificate ?? `/etc/letsencrypt/live/${serverName}/fullchain.pem`,
        key: values["certificate-key"] ?? `/etc/letsencrypt/live/${serverName}/privkey.pem`,
      },
});
if (values.out) {
  writeFileSync(values.out, site);
  console.log(`wrote ${values.out}; check it with \`nginx -t\`, then \`systemctl reload nginx\``);
} else process.stdout.write(site);
