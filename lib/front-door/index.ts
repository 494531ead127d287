import type { IncomingMessage, ServerResponse } from "node:http";
import type { Settings } from "@/lib/config/settings";
import type { ApiRoutes } from "./api-routes";
import type { ActionCatalog } from "./server-actions/action-catalog";
import { addressShape } from "./steps/address-shape";
import { allowedMethods } from "./steps/allowed-methods";
import { apiRoutes } from "./steps/api-routes";
import { bodyLimits } from "./steps/body-limits";
import { cachedVariant } from "./steps/cached-variant";
import { clientAddress } from "./steps/client-address";
import { countEndpoint } from "./steps/count-endpoint";
import { foreignHost } from "./steps/foreign-host";
import { requestHeaders } from "./steps/request-headers";
import { responseHeaders } from "./steps/response-headers";
import { routerHeaders } from "./steps/router-headers";
import { scriptHashes } from "./steps/script-hashes";
import { serverActionShape } from "./steps/server-action-shape";
import { sendJson, type Exchange, type Step } from "./step";

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// The steps every request passes, in order (docs/decisions/007-front-door.md). Each is a small
// module with its own tests; add a step here rather than growing one. The first two only wrap
// the response (what leaves, whoever answers); the rest look at the request.
// The build's Server Actions and API routes (production) let two steps refuse what names
// neither; without them (development, tests) those steps check shapes only.
export function frontDoorSteps({ actions, routes }: { actions?: ActionCatalog; routes?: ApiRoutes } = {}): Step[] {
  return [
    responseHeaders(),
    scriptHashes(),
    allowedMethods(),
    foreignHost(),
    requestHeaders(),
    clientAddress(),
    bodyLimits(),
    addressShape(),
    cachedVariant(),
    routerHeaders(),
    countEndpoint(),
    // Steps that answer /api addresses themselves (the count) come before this one.
    apiRoutes({ routes }),
    serverActionShape({ actions }),
  ];
}

/** A request listener: the steps, then Next. */
export function createFrontDoor({ settings, steps, next }: { settings: Settings; steps: Step[]; next: NextHandler }) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    let step: Step | undefined;
    try {
      // Parsed against the configured origin: nothing from Host or X-Forwarded-Host. A target
      // that is not a path ("*", an absolute URL) is read as the path "/" of that origin.
      const target = req.url?.startsWith("/") ? req.url : "/";
      const exchange: Exchange = { req, res, url: new URL(`${settings.auth.url}${target}`), settings };
      for (step of steps) {
        if ((await step.run(exchange)) === "answered") return;
      }
      step = undefined;
      await next(exchange.req, res);
    } catch (error) {
      // A step failing is the infrastructure failing (the database, most often): say so with a
      // 503 the client may retry, never a bare 500.
      console.error(`front door: ${step ? `step "${step.name}"` : "Next's handler"} failed for ${req.method} ${req.url?.slice(0, 200)}:`, error instanceof Error ? error.message : error);
      if (!res.headersSent) sendJson(res, 503, { error: "unavailable", message: "The service is briefly unavailable. Please try again." }, { "Retry-After": "5" });
      else res.destroy();
    }
  };
}
