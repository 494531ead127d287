import type { IncomingMessage, ServerResponse } from "node:http";
import type { Settings } from "@/lib/config/settings";
import { countEndpoint } from "./steps/count-endpoint";
import { headersWithBody } from "./steps/headers-with-body";
import { serverActionCall } from "./steps/server-action-call";
import { serverActionLocale } from "./steps/server-action-locale";
import { sendJson, type Exchange, type Step } from "./step";

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// The steps every request passes, in order (docs/decisions/007-front-door.md). Each is a small
// module with its own tests; add a step here rather than growing one.
export function frontDoorSteps(): Step[] {
  return [headersWithBody(), countEndpoint(), serverActionCall(), serverActionLocale()];
}

/** A request listener: the steps, then Next. */
export function createFrontDoor({ settings, steps, next }: { settings: Settings; steps: Step[]; next: NextHandler }) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    let step: Step | undefined;
    try {
      // Parsed against the configured origin: nothing from Host or X-Forwarded-Host.
      const exchange: Exchange = { req, res, url: new URL(req.url ?? "/", settings.auth.url), settings };
      for (step of steps) {
        if ((await step.run(exchange)) === "answered") return;
      }
      step = undefined;
      // A step may hand Next another request (the body it read, replayed) or another address.
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
