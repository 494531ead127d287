// Before the end-to-end tests (npm test, npm run test:e2e): make sure there is a Chromium to
// drive, so that `npm ci && npm test` works on a fresh machine. In order:
//   1. Debian's /usr/bin/chromium (what CI installs, and what playwright.config.ts prefers);
//   2. Playwright's own Chromium, if it was downloaded before;
//   3. Playwright's download (`playwright install chromium`), where its server can be reached;
//   4. as root with apt: Debian's package (`apt-get install -y chromium`);
// and otherwise one line saying what to install. Each candidate must start, not just exist.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const root = path.resolve(import.meta.dirname, "..");

export type BrowserProbe = {
  exists: (file: string) => boolean;
  playwrightExecutable: () => string;
  launches: (executable: string) => Promise<true | string>;
  download: () => boolean;
  isRoot: boolean;
  hasApt: boolean;
  aptInstall: () => boolean;
  log: (line: string) => void;
};

export async function ensureBrowser(probe: BrowserProbe): Promise<{ ok: true; executable: string } | { ok: false; message: string }> {
  const tried: string[] = [];
  const usable = async (executable: string, label: string) => {
    if (!probe.exists(executable)) return false;
    const launched = await probe.launches(executable);
    if (launched === true) return true;
    tried.push(`${label} does not start (${launched.split("\n")[0]})`);
    return false;
  };
  if (await usable(DEBIAN_CHROMIUM, "Debian's Chromium")) return { ok: true, executable: DEBIAN_CHROMIUM };
  if (await usable(probe.playwrightExecutable(), "Playwright's Chromium")) return { ok: true, executable: probe.playwrightExecutable() };
  probe.log("No Chromium found for the end-to-end tests: downloading Playwright's (npx playwright install chromium)…");
  if (probe.download() && (await usable(probe.playwrightExecutable(), "Playwright's downloaded Chromium"))) {
    return { ok: true, executable: probe.playwrightExecutable() };
  }
  if (probe.isRoot && probe.hasApt) {
    probe.log("Playwright's download is out of reach: installing Debian's Chromium (apt-get install -y chromium)…");
    if (probe.aptInstall() && (await usable(DEBIAN_CHROMIUM, "Debian's Chromium"))) return { ok: true, executable: DEBIAN_CHROMIUM };
  }
  const why = tried.length > 0 ? ` (${tried.join("; ")})` : "";
  return {
    ok: false,
    message: `No browser for the end-to-end tests${why}: install Debian's Chromium (sudo apt-get install -y chromium) or let Playwright download its own (npx playwright install --with-deps chromium), then run npm test again.`,
  };
}

function systemProbe(): BrowserProbe {
  const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
  return {
    exists: existsSync,
    playwrightExecutable: () => chromium.executablePath(),
    launches: async (executable) => {
      try {
        const args = executable === DEBIAN_CHROMIUM ? ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] : [];
        const browser = await chromium.launch({ executablePath: executable, args, timeout: 30_000 });
        await browser.close();
        return true;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    download: () => run(path.join(root, "node_modules", ".bin", "playwright"), ["install", "chromium"]),
    isRoot: process.getuid?.() === 0,
    hasApt: spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0,
    aptInstall: () => run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"]),
    log: (line) => console.log(line),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await ensureBrowser(systemProbe());
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
}
