import { readFileSync } from "node:fs";
import path from "node:path";

// Where the build names the light pages' script (scripts/build-server.ts writes it, the server
// reads it when it starts): its address carries a hash of its content.
export const LIGHT_SCRIPTS_FILE = "light-scripts.json";

/** The live count script's address in this build, or undefined when the build made none. */
export function loadLightScript(distDir: string): string | undefined {
  try {
    const named = JSON.parse(readFileSync(path.join(distDir, LIGHT_SCRIPTS_FILE), "utf8")) as { liveCount?: unknown };
    return typeof named.liveCount === "string" && /^\/_next\/static\/light\/[\w.-]+\.js$/.test(named.liveCount) ? named.liveCount : undefined;
  } catch {
    return undefined;
  }
}
