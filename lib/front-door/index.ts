import type { IncomingMessage, ServerResponse } from "node:http";
import type { Settings } from "@/lib/config/settings";
import { isDatabaseUnavailableError } from "@/lib/database-errors";
import { databaseReachability } from "./database";
import { guardServerErrors } from "./server-error-guard";
import { expireSharedCacheAtSecondEnd } from "./shared-cache-expiry";
import { countEndpoint } from "./steps/count-endpoint";
import { databaseUnavailable } from "./steps/database-unavailable";
import { headersWithBody } from "./steps/headers-with-body";
import { healthEndpoint } from "./steps/health-endpoint";
import { readyEndpoint } from "./steps/ready-endpoint";
import { serverActionCall } from "./steps/server-action-call";
import { serverActionLocale } from "./steps/server-action-locale";
import { sendUnavailable } from "./unavailable";
import type { Exchange, Step } from "./step";

const RECOVERY_MS = 5_000;

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// The steps every request passes, in order (docs/decisions/007-front-door.md). Each is a small
// module with its own tests; add a step here rather than growing one.
export function frontDoorSteps(): Step[] {
  return [headersWithBody(), healthEndpoint(), readyEndpoint(), countEndpoint(), databaseUnavailable(), serverActionCall(), serverActionLocale()];
}

/** A request listener: the steps, then Next. */
export function createFrontDoor({ settings, steps, next }: { settings: Settings; steps: Step[]; next: NextHandler }) {
  const database = () => databaseReachability(settings);
  return async (req: IncomingMessage, res: ServerResponse) => {
    let step: Step | undefined;
    let url = new URL("/", settings.auth.url);
    try {
      // Parsed against the configured origin: nothing from Host or X-Forwarded-Host.
      url = new URL(req.url ?? "/", settings.auth.url);
      const exchange: Exchange = { req, res, url, settings };
      for (step of steps) {
        if ((await step.run(exchange)) === "answered") return;
      }
      step = undefined;
      url = exchange.url;
      expireSharedCacheAtSecondEnd(req, res);
      // A 5xx from Next while the database is away becomes the same 503 as above (decision 010);
      // so does one in the first seconds after it is back, when connections it broke still fail.
      guardServerErrors(res, {
        decide: async () => database().unreachableWithin(RECOVERY_MS) || (await database().check()) === "unreachable" || database().lastCheckSilent(),
        replace: (response) => {
          database().countRefused();
          sendUnavailable(req, response, url);
        },
      });
      // A step may hand Next another request (the body it read, replayed) or another address.
      await next(exchange.req, res);
    } catch (error) {
      // A step failing is the infrastructure failing (the database, most often): say so with a
      // 503 the client may retry, never a bare 500. The database's watcher logs an outage once
      // (lib/front-door/reachability.ts); anything else is logged here.
      if (isDatabaseUnavailableError(error)) {
        void database().check();
        database().countRefused();
      } else {
        console.error(`front door: ${step ? `step "${step.name}"` : "Next's handler"} failed for ${req.method} ${req.url?.slice(0, 200)}:`, error instanceof Error ? error.message : error);
      }
      if (!res.headersSent) sendUnavailable(req, res, url);
      else res.destroy();
    }
  };
}
