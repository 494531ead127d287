import { readFileSync } from "node:fs";
import path from "node:path";

// The Server Actions of the running build, from Next's own manifest: a request naming any other
// action id is refused before Next decodes it.
export type ActionCatalog = { has: (id: string) => boolean; size: number };

export const ACTION_ID = /^[0-9a-f]{40,42}$/;

export function loadActionCatalog(distDir: string): ActionCatalog {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node?: Record<string, unknown>;
  };
  const ids = new Set(Object.keys(manifest.node ?? {}));
  return { has: (id) => ids.has(id), size: ids.size };
}
