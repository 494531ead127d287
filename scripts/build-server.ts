// Compiles server.ts (the front door and what it imports) into .next/server.mjs, which
// `npm start` runs with plain node. Under tsx the production server also ran tsx's module
// loader on a thread of its own: some 60 MB of resident memory for nothing once it has started
// (measured: issue 13). Packages stay in node_modules; `@/…` imports are resolved from
// tsconfig.json. `npm run build` runs this after `next build`; `npm run dev` still runs server.ts
// through tsx.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { compressStaticFiles } from "../lib/front-door/static/precompressed-files";
import { LIGHT_SCRIPTS_FILE } from "../lib/light/light-scripts";

const root = path.resolve(import.meta.dirname, "..");
const outfile = path.join(root, ".next", "server.mjs");

// Modules find files next to their source (`import.meta.dirname`: the messages, the migrations).
// Bundled, they would all see .next: each one's import.meta.dirname becomes its own folder,
// written relative to the bundle, so the checkout can still move after the build.
const sourceDirname: Plugin = {
  name: "source-dirname",
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.dirname")) return undefined;
      const relative = path.relative(path.dirname(outfile), path.dirname(args.path)).split(path.sep).join("/");
      const contents = text.replaceAll("import.meta.dirname", `(import.meta.dirname + ${JSON.stringify(relative ? `/${relative}` : "")})`);
      return { contents, loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
    });
  },
};

await build({
  entryPoints: [path.join(root, "server.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: path.join(root, "tsconfig.json"),
  plugins: [sourceDirname],
  logLevel: "warning",
});
console.log("server.ts → .next/server.mjs");

// The light pages' one script (docs/decisions/020-light-pages.md), bundled on its own for the
// browser and named by its content, so that it can be cached for good like Next's own files.
// Written before the brotli copies below are made, so it gets one too.
const light = await build({
  entryPoints: [path.join(root, "lib", "light", "live-count-entry.ts")],
  bundle: true,
  minify: true,
  write: false,
  platform: "browser",
  format: "iife",
  target: "es2020",
  tsconfig: path.join(root, "tsconfig.json"),
  logLevel: "warning",
});
const lightScript = light.outputFiles[0]!.contents;
const lightName = `live-count-${createHash("sha256").update(lightScript).digest("hex").slice(0, 16)}.js`;
await mkdir(path.join(root, ".next", "static", "light"), { recursive: true });
await writeFile(path.join(root, ".next", "static", "light", lightName), lightScript);
await writeFile(path.join(root, ".next", LIGHT_SCRIPTS_FILE), JSON.stringify({ liveCount: `/_next/static/light/${lightName}` }));
console.log(`lib/light/live-count-entry.ts → .next/static/light/${lightName} (${lightScript.length} bytes)`);

// Next's scripts and styles compressed once with brotli, for the front door to send to browsers
// that accept it (lib/front-door/steps/precompressed-static.ts).
const compressed = compressStaticFiles(path.join(root, ".next", "static"));
console.log(`.next/static: ${compressed.files} scripts and styles, ${compressed.bytes} bytes → ${compressed.brotliBytes} with brotli (.br beside each)`);
