import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSettings } from "./settings";

const PRODUCTION = {
  NODE_ENV: "production",
  AUTH_URL: "https://campaigns.example.org",
  AUTH_SECRET: "a".repeat(32),
  EMAIL_SERVER: "smtp://mail.example.org:587",
};

function problems(env: Record<string, string | undefined>) {
  const parsed = parseSettings(env, { root: "/srv/app" });
  return parsed.ok ? [] : parsed.problems;
}

describe("settings", () => {
  it("starts in development with nothing set, on this machine's origin", () => {
    const parsed = parseSettings({}, { root: "/srv/app" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.settings.mode).toBe("development");
    expect(parsed.settings.auth.url).toBe("http://localhost:3000");
    expect(parsed.settings.email.outboxDir).toBe("/srv/app/.data/outbox");
    expect(parsed.settings.server).toEqual({ port: 3000, host: "localhost", trustedProxyHops: 0, backgroundJobs: true });
  });

  it("reads the organisation's name, address, contact and logo, and refuses ones that cannot be right", () => {
    const parsed = parseSettings({ SITE_NAME: " Reach ", ORG_NAME: "Example Org", ORG_URL: "https://example.org", CONTACT_EMAIL: "info@example.org" }, { root: "/srv/app" });
    expect(parsed.ok && parsed.settings.organisation).toEqual({ siteName: "Reach", orgName: "Example Org", orgUrl: "https://example.org", contactEmail: "info@example.org", logo: null });
    const dir = mkdtempSync(path.join(tmpdir(), "logo-"));
    writeFileSync(path.join(dir, "logo.png"), "not really a png, but a file");
    const withLogo = parseSettings({ LOGO_FILE: "logo.png" }, { root: dir });
    expect(withLogo.ok && withLogo.settings.organisation.logo).toEqual({ file: path.join(dir, "logo.png"), type: "image/png" });
    expect(problems({ ORG_URL: "javascript:alert(1)", CONTACT_EMAIL: "not an address", LOGO_FILE: "logo.gif" })).toEqual([
      expect.stringMatching(/^ORG_URL must be/),
      expect.stringMatching(/^CONTACT_EMAIL must be/),
      expect.stringMatching(/^LOGO_FILE must name a \.png/),
    ]);
    expect(problems({ LOGO_FILE: "missing.svg" })).toEqual([expect.stringMatching(/^LOGO_FILE names a file that does not exist/)]);
  });

  it("accepts a complete production configuration", () => {
    const parsed = parseSettings(PRODUCTION);
    expect(parsed.ok && parsed.settings.auth).toMatchObject({ url: "https://campaigns.example.org", secureCookies: true });
  });

  it("refuses production without AUTH_URL, a long AUTH_SECRET or a way to send email, one line each", () => {
    expect(problems({ NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^AUTH_URL is not set/),
      expect.stringMatching(/^AUTH_SECRET is not set/),
      expect.stringMatching(/^EMAIL_SERVER is not set/),
    ]);
    expect(problems({ ...PRODUCTION, AUTH_SECRET: "short" })).toEqual([expect.stringMatching(/^AUTH_SECRET is too short \(5 characters\)/)]);
    expect(problems({ ...PRODUCTION, EMAIL_SERVER: undefined, EMAIL_OUTBOX_DIR: "/var/mail/out" })).toEqual([]);
    // While `next build` runs, no runtime setting is needed.
    expect(problems({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toEqual([]);
  });

  it("takes AUTH_URL as an origin only", () => {
    expect(problems({ ...PRODUCTION, AUTH_URL: "campaigns.example.org" })).toEqual([expect.stringMatching(/^AUTH_URL must be an absolute origin/)]);
    expect(problems({ ...PRODUCTION, AUTH_URL: "https://campaigns.example.org/app" })).toEqual([expect.stringMatching(/no path/)]);
    expect(problems({ ...PRODUCTION, AUTH_URL: "ftp://campaigns.example.org" })).toEqual([expect.stringMatching(/https:\/\//)]);
    const trailing = parseSettings({ ...PRODUCTION, AUTH_URL: "https://Campaigns.Example.org/" });
    expect(trailing.ok && trailing.settings.auth.url).toBe("https://campaigns.example.org");
  });

  it("checks numbers, switches, lists and URLs instead of trusting Number()", () => {
    expect(problems({ DATABASE_POOL_SIZE: "ten" })).toEqual([expect.stringMatching(/^DATABASE_POOL_SIZE must be a whole number from 1 to 500/)]);
    expect(problems({ DATABASE_POOL_SIZE: "0" })).toHaveLength(1);
    expect(problems({ TRUSTED_PROXY_HOPS: "-1" })).toEqual([expect.stringMatching(/^TRUSTED_PROXY_HOPS/)]);
    expect(problems({ TRUSTED_PROXY_HOPS: "1.5" })).toHaveLength(1);
    expect(problems({ BACKGROUND_JOBS: "maybe" })).toEqual([expect.stringMatching(/^BACKGROUND_JOBS must be "on" or "off"/)]);
    expect(problems({ ADMIN_EMAILS: "a@example.org, not-an-address" })).toEqual([expect.stringMatching(/"not-an-address" is not one/)]);
    expect(problems({ EMAIL_SERVER: "mail.example.org" })).toEqual([expect.stringMatching(/^EMAIL_SERVER must be an SMTP URL/)]);
    expect(problems({ DATABASE_URL: "mysql://x" })).toEqual([expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/)]);
    expect(problems({ DATABASE_REPLICA_URL: "replica.internal" })).toEqual([expect.stringMatching(/^DATABASE_REPLICA_URL must be a PostgreSQL URL/)]);
    const parsed = parseSettings({ ADMIN_EMAILS: " A@Example.org ,b@example.org,", BACKGROUND_JOBS: "off", TRUSTED_PROXY_HOPS: "1" });
    expect(parsed.ok && parsed.settings.auth.adminEmails).toEqual(["a@example.org", "b@example.org"]);
    expect(parsed.ok && parsed.settings.server).toMatchObject({ backgroundJobs: false, trustedProxyHops: 1 });
  });

  it("reads public data from a replica only when one is given", () => {
    const without = parseSettings({ DATABASE_URL: "postgresql://db/campaigns" });
    expect(without.ok && without.settings.database).toMatchObject({ url: "postgresql://db/campaigns", replicaUrl: undefined });
    const withReplica = parseSettings({ DATABASE_URL: "postgresql://db/campaigns", DATABASE_REPLICA_URL: " postgresql://replica/campaigns " });
    expect(withReplica.ok && withReplica.settings.database.replicaUrl).toBe("postgresql://replica/campaigns");
  });

  it("takes the evidence archiver's allowed hosts as a list of host names, empty by default", () => {
    const none = parseSettings({});
    expect(none.ok && none.settings.evidence.fetchAllowHosts).toEqual([]);
    const some = parseSettings({ EVIDENCE_FETCH_ALLOW_HOSTS: " 127.0.0.1, Evidence.Test ,[::1]" });
    expect(some.ok && some.settings.evidence.fetchAllowHosts).toEqual(["127.0.0.1", "evidence.test", "::1"]);
    expect(problems({ EVIDENCE_FETCH_ALLOW_HOSTS: "http://127.0.0.1/" })).toEqual([expect.stringMatching(/^EVIDENCE_FETCH_ALLOW_HOSTS must be comma-separated host names/)]);
  });
});

describe("retention settings", () => {
  it("default to the published schedule and can each be overridden", () => {
    const defaults = parseSettings({});
    expect(defaults.ok && defaults.settings.retention).toEqual({ sentEmailDays: 30, detachSignaturesMonths: 6, idleAccountMonths: 12, runEveryHours: 24 });
    const custom = parseSettings({ RETENTION_EMAIL_DAYS: "7", RETENTION_DETACH_SIGNATURES_MONTHS: "3", RETENTION_IDLE_ACCOUNT_MONTHS: "24", RETENTION_RUN_EVERY_HOURS: "6" });
    expect(custom.ok && custom.settings.retention).toEqual({ sentEmailDays: 7, detachSignaturesMonths: 3, idleAccountMonths: 24, runEveryHours: 6 });
  });

  it("refuse anything but a whole number in range, naming the variable", () => {
    for (const bad of ["0", "-1", "1.5", "ten", "1e3", "48"]) {
      expect(problems({ RETENTION_RUN_EVERY_HOURS: bad }), bad).toEqual([expect.stringMatching(/^RETENTION_RUN_EVERY_HOURS must be a whole number from 1 to 24/)]);
    }
    expect(problems({ RETENTION_EMAIL_DAYS: "0" })).toEqual([expect.stringMatching(/^RETENTION_EMAIL_DAYS/)]);
  });
});

describe("npm start", () => {
  it("exits non-zero, naming AUTH_URL, when production starts without it", () => {
    const { status, stderr } = spawnSync("node_modules/.bin/tsx", ["server.ts"], {
      env: { PATH: process.env.PATH, NODE_ENV: "production", AUTH_SECRET: "b".repeat(40), EMAIL_SERVER: "smtp://127.0.0.1:1" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(status).toBe(1);
    expect(stderr).toContain("Cannot start: AUTH_URL is not set");
    expect(stderr.split("\n").filter((line) => line.startsWith("Cannot start:"))).toHaveLength(1);
  });
});
