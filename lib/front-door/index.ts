import type { IncomingMessage, ServerResponse } from "node:http";
import type { Settings } from "@/lib/config/settings";
import { isDatabaseUnavailableError } from "@/lib/database-errors";
import type { ApiRoutes } from "./api-routes";
import { databaseReachability } from "./database";
import type { ActionCatalog } from "./server-actions/action-catalog";
import { guardServerErrors } from "./server-error-guard";
import { expireSharedCacheAtSecondEnd } from "./shared-cache-expiry";
import { addressShape } from "./steps/address-shape";
import { allowedMethods } from "./steps/allowed-methods";
import { apiRoutes } from "./steps/api-routes";
import { bodyLimits } from "./steps/body-limits";
import { cachedVariant } from "./steps/cached-variant";
import { clientAddress } from "./steps/client-address";
import { countEndpoint } from "./steps/count-endpoint";
import { databaseUnavailable } from "./steps/database-unavailable";
import { foreignHost } from "./steps/foreign-host";
import { precompressedStatic } from "./steps/precompressed-static";
import { headersWithBody } from "./steps/headers-with-body";
import { healthEndpoint } from "./steps/health-endpoint";
import { lightPages } from "./steps/light-pages";
import { readyEndpoint } from "./steps/ready-endpoint";
import { requestHeaders } from "./steps/request-headers";
import { responseHeaders } from "./steps/response-headers";
import { routerHeaders } from "./steps/router-headers";
import { scriptHashes } from "./steps/script-hashes";
import { serverActionEncoding } from "./steps/server-action-encoding";
import { serverActionLocale } from "./steps/server-action-locale";
import { serverActionShape } from "./steps/server-action-shape";
import { signatureEndpoint } from "./steps/signature-endpoint";
import { sendUnavailable } from "./unavailable";
import type { Exchange, Step, StepResult } from "./step";

const RECOVERY_MS = 5_000;

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// The steps every request passes, in order (docs/decisions/007-front-door.md). Each is a small
// module with its own tests; add a step here rather than growing one. The first three only wrap
// the response (what leaves, whoever answers); the next refuse what is malformed or hostile
// before anything else reads it; then the steps that answer addresses themselves; then what
// needs to know what the build serves.
// The build's Server Actions and API routes (production) let two steps refuse what names
// neither; without them (development, tests) those steps check shapes only. `lightScript` is
// the address of the one script light pages get (decision 020), on pages that show a count.
export function frontDoorSteps({ actions, routes, lightScript }: { actions?: ActionCatalog; routes?: ApiRoutes; lightScript?: string } = {}): Step[] {
  return [
    responseHeaders(),
    // First of the wrappers that change a body, so the innermost: it compresses what the others
    // have made of an action's answer.
    serverActionEncoding(),
    scriptHashes(),
    // After script hashes, on purpose: a later step's wrapper is the outer one, so it changes
    // the body first and script hashes hashes what is really sent (a light page: no inline
    // script, so a policy that allows none).
    lightPages({ script: lightScript }),
    headersWithBody(),
    allowedMethods(),
    foreignHost(),
    requestHeaders(),
    clientAddress(),
    bodyLimits(),
    addressShape(),
    precompressedStatic(),
    cachedVariant(),
    routerHeaders(),
    healthEndpoint(),
    readyEndpoint(),
    countEndpoint(),
    // While the database is known to be away its statements fail at once: a 503.
    signatureEndpoint(),
    // Steps that answer /api addresses themselves (health, ready, the count, signing) come
    // before this one.
    apiRoutes({ routes }),
    databaseUnavailable(),
    // Server Action calls skip proxy.ts (decision 014): these two do what it did for them.
    serverActionShape({ actions }),
    serverActionLocale(),
  ];
}

/**
 * A request listener: the steps, then Next. Steps that answer at once (most do, for most
 * requests) run one after another in the turn the request arrived in; from the first step that
 * answers with a promise on, the rest are awaited. An await is never spent on a step that did
 * not need one: each costs a promise, which Next's async context tracking (AsyncLocalStorage)
 * makes several times dearer, and the count a crowd polls passes a dozen steps
 * (docs/decisions/019-count-fast-path.md).
 */
export function createFrontDoor({ settings, steps, next }: { settings: Settings; steps: Step[]; next: NextHandler }) {
  const database = () => databaseReachability(settings);

  // A step failing is the infrastructure failing (the database, most often): say so with a
  // 503 the client may retry, never a bare 500. The database's watcher logs an outage once
  // (lib/front-door/reachability.ts); anything else is logged here.
  const fail = (exchange: Exchange, step: Step | undefined, error: unknown) => {
    const { req, res } = exchange;
    if (isDatabaseUnavailableError(error)) {
      void database().check();
      database().countRefused();
    } else {
      console.error(`front door: ${step ? `step "${step.name}"` : "Next's handler"} failed for ${req.method} ${req.url?.slice(0, 200)}:`, error instanceof Error ? error.message : error);
    }
    if (!res.headersSent) sendUnavailable(exchange.req, res, exchange.url);
    else res.destroy();
  };

  const toNext = (exchange: Exchange) => {
    // A step may have handed on another request (the body it read, a 404's address).
    const { req: forNext, res, url } = exchange;
    expireSharedCacheAtSecondEnd(forNext, res);
    // A 5xx from Next while the database is away becomes the same 503 as above (decision 010);
    // so does one in the first seconds after it is back, when connections it broke still fail.
    guardServerErrors(res, {
      decide: async () => database().unreachableWithin(RECOVERY_MS) || (await database().check()) === "unreachable" || database().lastCheckSilent(),
      replace: (response) => {
        database().countRefused();
        sendUnavailable(forNext, response, url);
      },
    });
    return next(forNext, res);
  };

  // From the step at `index`, whose answer is `pending`, to the end: every step awaited.
  const continueFrom = async (exchange: Exchange, index: number, pending: Promise<StepResult>) => {
    let step: Step | undefined = steps[index];
    try {
      if ((await pending) === "answered") return;
      for (index += 1; index < steps.length; index += 1) {
        step = steps[index]!;
        if ((await step.run(exchange)) === "answered") return;
      }
      step = undefined;
      await toNext(exchange);
    } catch (error) {
      fail(exchange, step, error);
    }
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    // Parsed against the configured origin: nothing from Host or X-Forwarded-Host. A target that
    // is not a path ("*", an absolute URL) is read as the path "/" of that origin (and refused).
    const target = req.url?.startsWith("/") ? req.url : "/";
    const exchange: Exchange = { req, res, url: new URL(`${settings.auth.url}${target}`), settings };
    let step: Step | undefined;
    try {
      for (let index = 0; index < steps.length; index += 1) {
        step = steps[index]!;
        const result = step.run(exchange);
        if (result === "answered") return;
        if (result !== "pass") return void continueFrom(exchange, index, result);
      }
      step = undefined;
      toNext(exchange).catch((error: unknown) => fail(exchange, undefined, error));
    } catch (error) {
      fail(exchange, step, error);
    }
  };
}
