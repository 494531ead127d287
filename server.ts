// The app's HTTP server: `npm start` and `npm run dev` run this (through scripts/with-db.ts).
// It checks the settings (in production it refuses to start without the ones that keep signers
// safe), then serves every request through the front door's steps and then Next.js.
// See docs/decisions/007-front-door.md.
import { createServer } from "node:http";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import next from "next";
import { parseSettings } from "./lib/config/settings";
import { closeFrontDoorPool, databaseReachability, watchDatabases } from "./lib/front-door/database";
import { createFrontDoor, frontDoorSteps } from "./lib/front-door";
import { loadApiRoutes } from "./lib/front-door/api-routes";
import { loadActionCatalog } from "./lib/front-door/server-actions/action-catalog";
import { loadLightScript } from "./lib/light/light-scripts";
import { quietDatabaseErrors } from "./lib/front-door/quiet-database-errors";
import { runShutdownTasks } from "./lib/shutdown-tasks";

// V8 lets the old generation grow up to four times its live size between full collections,
// and the process keeps what it grew: after a surge the server held 500–600 MB for ~105 MB of
// live objects. Growing by half at a time keeps it near 300 MB for a few more (short) full
// collections, with no ceiling that a large job could hit (docs/decisions/014-signing-hot-path.md).
setFlagsFromString("--heap-growing-percent=50");

// The checkout, also when compiled into .next/server.mjs (scripts/build-server.ts keeps each
// module's own import.meta.dirname).
const root = path.resolve(import.meta.dirname);
const parsed = parseSettings(process.env, { root });
if (!parsed.ok) {
  for (const problem of parsed.problems) console.error(`Cannot start: ${problem}`);
  console.error("See .env.example and the README's \"Deploying\" and \"Running in production\" sections.");
  process.exit(1);
}
const settings = parsed.settings;
const dev = settings.mode !== "production";
// Auth.js builds every URL it makes (the sign-in link, its redirects) from AUTH_URL when the
// environment has it, and from the request's Host and X-Forwarded-Host when not. The app's
// origin is always the configured one (in development too, where AUTH_URL defaults to
// http://localhost:$PORT), so Auth.js is given it before anything of Next's loads.
process.env.AUTH_URL = settings.auth.url;
const { port, host } = settings.server;

// The database may go away while the app runs (a restart, a failover, a network partition):
// watch it, answer 503 with Retry-After while it is away, and say so in one log line per change
// rather than a trace per request (docs/decisions/010). Installed before Next loads, so that
// Next's own error logging passes through the same filter.
if (settings.database.url) quietDatabaseErrors(databaseReachability(settings));

const httpServer = createServer();
const app = next({ dev, dir: root, hostname: host, port, turbopack: dev, httpServer });

// Stopping (SIGTERM, SIGINT): stop accepting connections, let the app's background work finish
// (the email being sent, docs/decisions/004) while requests in flight complete, then exit with
// 128 + the signal's number, as a process stopped by a signal does. A repeated signal (a
// terminal's Ctrl+C reaches the whole process group, and with-db.ts forwards it again) is the
// same request. Past MAX_WAIT_MS, exit anyway: an orchestrator's grace period ends in SIGKILL.
const EXIT_CODE = { SIGINT: 130, SIGTERM: 143 } as const;
const MAX_WAIT_MS = 25_000;
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    const closed = new Promise((resolve) => httpServer.close(resolve));
    httpServer.closeIdleConnections();
    // A client that keeps a connection busy does not hold the stop up for ever.
    setTimeout(() => httpServer.closeAllConnections(), 10_000).unref();
    void runShutdownTasks(MAX_WAIT_MS)
      .then(() => Promise.race([closed, new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS).unref())]))
      .then(() => Promise.allSettled([app.close(), closeFrontDoorPool()]))
      .finally(() => process.exit(EXIT_CODE[signal]));
  });
}

await app.prepare();
// In production, Server Action calls naming an action the build does not have, and /api
// addresses no route answers, are refused at the door (development compiles routes and actions
// as they are used, so there is no fixed list). The count is answered by the door itself.
const actions = dev ? undefined : loadActionCatalog(path.join(root, ".next"));
const routes = dev ? undefined : loadApiRoutes(path.join(root, ".next"), ["/api/campaigns/[slug]/count/route"]);
// The light pages' live count script, as the build named it (docs/decisions/020-light-pages.md).
const lightScript = dev ? undefined : loadLightScript(path.join(root, ".next"));
httpServer.on("request", createFrontDoor({ settings, steps: frontDoorSteps({ actions, routes, lightScript }), next: app.getRequestHandler() }));
httpServer.listen(port, host, () => {
  console.log(`Ready on http://${host}:${port} (${settings.mode}); public origin ${settings.auth.url}`);
  // Checked from now on, not while Next loads (a busy start is no outage).
  if (settings.database.url) watchDatabases(settings);
});
