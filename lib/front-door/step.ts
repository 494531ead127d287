import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { Settings } from "@/lib/config/settings";

// The front door is a plain Node HTTP layer in front of Next's request handler (server.ts). It
// runs a short list of named steps on every request; a step either answers the request itself
// or lets it pass on to the next step, and finally to Next. It sees raw requests before any
// framework code has parsed them, so it is where limits and refusals belong that must hold
// whatever Next would do with the input. See docs/decisions/007-front-door.md.
export type Exchange = {
  req: IncomingMessage;
  res: ServerResponse;
  /** The request's path and query, parsed against the configured origin (never the Host header). */
  url: URL;
  settings: Settings;
};

export type StepResult = "answered" | "pass";

export type Step = {
  name: string;
  run: (exchange: Exchange) => StepResult | Promise<StepResult>;
};

const BASE_HEADERS: OutgoingHttpHeaders = { "X-Content-Type-Options": "nosniff" };

/** Answers with a JSON body (the API's error shape: `{ error, message }`, or any value). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): StepResult {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
  return "answered";
}
