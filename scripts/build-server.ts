// Compiles server.ts (the front door and what it imports) into .next/server.mjs, which
// `npm start` runs with plain node. Under tsx the production server also ran tsx's module
// loader on a thread of its own: some 60 MB of resident memory for nothing once it has started
// (measured: issue 13). Packages stay in node_modules; `@/…` imports are resolved from
// tsconfig.json. `npm run build` runs this after `next build`; `npm run dev` still runs server.ts
// through tsx.
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

await build({
  entryPoints: [path.join(root, "server.ts")],
  outfile: path.join(root, ".next", "server.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: path.join(root, "tsconfig.json"),
  logLevel: "warning",
});
console.log("server.ts → .next/server.mjs");
