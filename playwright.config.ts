import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;

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
  webServer: {
    // The production build against its own fresh embedded PostgreSQL, migrated and seeded.
    command: `npx tsx scripts/with-db.ts --fresh -- npx next start --hostname localhost --port ${PORT}`,
    url: `${baseURL}/api/campaigns`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      EMBEDDED_PG_DIR: ".data/e2e-pg",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54330",
      AUTH_URL: baseURL,
    },
  },
});
