import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;
// A real SMTP server on loopback receives every email the app sends during the run.
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const MAILBOX_URL = `http://127.0.0.1:${Number(process.env.E2E_SMTP_HTTP_PORT ?? 2526)}`;

// Debian's Chromium (CI, this project's machines); elsewhere Playwright's own, if installed.
const chromium = "/usr/bin/chromium";
const launchOptions = existsSync(chromium)
  ? {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    launchOptions,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } },
    {
      // The public pages and the signing flow must work in Tor Browser's safest mode.
      name: "no-javascript",
      use: { ...devices["Desktop Chrome"], launchOptions, javaScriptEnabled: false },
      grep: /@no-js/,
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/smtp-catcher.ts",
      url: `${MAILBOX_URL}/messages`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { SMTP_PORT: String(SMTP_PORT), SMTP_HTTP_PORT: new URL(MAILBOX_URL).port },
    },
    {
      // `npm start` on the production build, against its own fresh embedded PostgreSQL, migrated
      // and seeded, with the settings production requires.
      command: "npx tsx scripts/with-db.ts --fresh -- node .next/server.mjs",
      url: `${baseURL}/api/campaigns`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        NODE_ENV: "production",
        PORT: String(PORT),
        HOST: "localhost",
        AUTH_SECRET: "e2e-secret-for-tests-only-0123456789abcdef",
        EMBEDDED_PG_DIR: ".data/e2e-pg",
        EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54330",
        AUTH_URL: baseURL,
        EMAIL_SERVER: `smtp://127.0.0.1:${SMTP_PORT}?pool=false`,
        EMAIL_FROM: "Campaign updates <updates@localhost>",
        ADMIN_EMAILS: "admin@e2e.test",
        // The tracker spec serves evidence from a loopback server; only this host may be fetched
        // although it is loopback (every other private address is still refused).
        EVIDENCE_FETCH_ALLOW_HOSTS: "127.0.0.1",
        // Not the default (30), so e2e/privacy.spec.ts shows /privacy follows the configuration.
        RETENTION_EMAIL_DAYS: "29",
        // The organisation's name, shown in the header, footer, share images, packet and feeds.
        ORG_NAME: "E2E Advocacy Group",
        ORG_URL: "https://example.org",
        CONTACT_EMAIL: "contact@e2e.test",
      },
    },
  ],
});
