import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSettings } from "@/lib/config/settings";
import { deployDir, renderNginxSite, unavailableFiles } from "./nginx-site";

// The reference deployment's files, checked where a test can: npm run test:cluster runs them.
describe("deploy/", () => {
  it("ships the unavailable pages the app's messages make (refresh: tsx scripts/deploy/render-nginx.ts --write-unavailable-pages)", () => {
    for (const [name, content] of Object.entries(unavailableFiles())) {
      expect(readFileSync(path.join(deployDir, "nginx", "unavailable", name), "utf8"), name).toBe(content);
    }
  });

  it("renders a site that sets X-Forwarded-For itself and takes Host from configuration", () => {
    const site = renderNginxSite({
      serverName: "campaigns.example.org",
      upstreams: ["127.0.0.1:3001", "127.0.0.1:3002"],
      appDir: "/srv/campaign-tracker",
      cacheDir: "/var/cache/nginx/campaign-tracker",
      tls: { certificate: "/etc/ssl/c.pem", key: "/etc/ssl/k.pem" },
    });
    expect(site).not.toMatch(/@[A-Z_]+@/);
    expect(site).toContain("proxy_set_header X-Forwarded-For $remote_addr;");
    expect(site).toContain("proxy_set_header Host campaigns.example.org;");
    expect(site).toContain("server 127.0.0.1:3002 max_fails=1 fail_timeout=5s;");
    expect(site).toContain("return 301 https://campaigns.example.org$request_uri;");
    expect(site).toContain('"~^/ug([/?#]|$)" /ug.html;');
    expect(() => renderNginxSite({ serverName: "x; evil", upstreams: ["a:1"], appDir: "/", cacheDir: "/", tls: null })).toThrow(/not a host name/);
  });

  it("has an environment template with production's settings, and nothing the app does not read", () => {
    const env = Object.fromEntries(
      readFileSync(path.join(deployDir, "campaign-tracker.env.example"), "utf8")
        .split("\n")
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    expect(Object.keys(env)).toEqual(expect.arrayContaining(["AUTH_URL", "AUTH_SECRET", "DATABASE_URL", "EMAIL_SERVER", "TRUSTED_PROXY_HOPS"]));
    const parsed = parseSettings({ ...env, NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), PORT: "3001" });
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.settings.server.trustedProxyHops).toBe(1);
  });

  it("restarts an instance that fails, and runs it as npm start does", () => {
    const unit = readFileSync(path.join(deployDir, "systemd", "campaign-tracker@.service"), "utf8");
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/npm start$/m);
    expect(unit).toMatch(/^Environment=PORT=%i$/m);
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/campaign-tracker\/env$/m);
  });
});
