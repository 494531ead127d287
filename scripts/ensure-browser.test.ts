import { describe, expect, it } from "vitest";
import { DEBIAN_CHROMIUM, ensureBrowser, type BrowserProbe } from "./ensure-browser";

const PLAYWRIGHT = "/root/.cache/ms-playwright/chromium-1234/chrome-linux/chrome";

// A machine described by what is on it; returns what ensureBrowser did there.
function machine(state: { files?: string[]; broken?: string[]; download?: "works" | "offline"; isRoot?: boolean; hasApt?: boolean }) {
  const files = new Set(state.files ?? []);
  const done: string[] = [];
  const probe: BrowserProbe = {
    exists: (file) => files.has(file),
    playwrightExecutable: () => PLAYWRIGHT,
    launches: async (file) => (state.broken?.includes(file) ? "error while loading shared libraries: libnss3.so" : true),
    download: () => {
      done.push("download");
      if (state.download === "works") files.add(PLAYWRIGHT);
      return state.download === "works";
    },
    isRoot: state.isRoot ?? false,
    hasApt: state.hasApt ?? false,
    aptInstall: () => {
      done.push("apt-get install chromium");
      files.add(DEBIAN_CHROMIUM);
      return true;
    },
    log: () => {},
  };
  return { probe, done };
}

describe("a browser for npm test", () => {
  it("uses Debian's Chromium, or Playwright's, when there is one, and installs nothing", async () => {
    const debian = machine({ files: [DEBIAN_CHROMIUM] });
    expect(await ensureBrowser(debian.probe)).toEqual({ ok: true, executable: DEBIAN_CHROMIUM });
    const playwright = machine({ files: [PLAYWRIGHT] });
    expect(await ensureBrowser(playwright.probe)).toEqual({ ok: true, executable: PLAYWRIGHT });
    expect([...debian.done, ...playwright.done]).toEqual([]);
  });

  it("downloads Playwright's where it can", async () => {
    const fresh = machine({ download: "works", isRoot: true, hasApt: true });
    expect(await ensureBrowser(fresh.probe)).toEqual({ ok: true, executable: PLAYWRIGHT });
    expect(fresh.done).toEqual(["download"]);
  });

  it("installs Debian's as root with apt when the download is out of reach, or when the download cannot start", async () => {
    const offline = machine({ download: "offline", isRoot: true, hasApt: true });
    expect(await ensureBrowser(offline.probe)).toEqual({ ok: true, executable: DEBIAN_CHROMIUM });
    expect(offline.done).toEqual(["download", "apt-get install chromium"]);
    const missingLibraries = machine({ download: "works", broken: [PLAYWRIGHT], isRoot: true, hasApt: true });
    expect(await ensureBrowser(missingLibraries.probe)).toEqual({ ok: true, executable: DEBIAN_CHROMIUM });
  });

  it("otherwise says in one line what to install", async () => {
    const laptop = machine({ download: "offline", isRoot: false, hasApt: true });
    const result = await ensureBrowser(laptop.probe);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.split("\n")).toHaveLength(1);
    expect(result.message).toContain("apt-get install -y chromium");
    expect(result.message).toContain("npx playwright install --with-deps chromium");
    expect(laptop.done).toEqual(["download"]);
  });
});
