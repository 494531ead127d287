import type { IncomingMessage } from "node:http";
import type { Settings } from "@/lib/config/settings";
import { decodes } from "@/lib/http/decodes";
import { readBody, replayRequest } from "../server-actions/replay-request";
import { sendJson, type Step } from "../step";

// A Server Action called by a page with JavaScript (a POST with a Next-Action header) is checked
// here, and proxy.ts never sees it: Next's proxy costs every call a large share of its CPU even
// when it only passes it on (measured, docs/decisions/008-signing-hot-path.md), and a sign-form
// submission is the request a surge is made of. What the proxy did for these calls is here:
// - a call from another site is refused with 403 (Next would answer it with a 500);
// - an address with broken percent-encoding, or arguments that are not JSON, get a 400 (Next
//   would answer them with a 500);
// Each action still checks who is calling and what it was sent.
const MAX_BODY = 1024 * 1024;

export const isActionCall = (req: IncomingMessage) => req.method === "POST" && req.headers["next-action"] !== undefined;

// A call from a page of this site: its Origin, or, from a browser that sends none, a fetch the
// browser itself says is same-origin.
function fromThisSite(req: IncomingMessage, settings: Settings): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) return origin === new URL(settings.auth.url).origin;
  return req.headers["sec-fetch-site"] === "same-origin";
}

// The content type as sent: a multipart boundary is case-sensitive.
async function argumentsAreJson(contentType: string, body: Buffer): Promise<boolean> {
  const type = contentType.toLowerCase();
  try {
    if (type.startsWith("multipart/form-data")) {
      const form = await new Request("http://front-door.invalid/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(body) }).formData();
      const args = form.get("0");
      if (typeof args === "string") JSON.parse(args);
      return true;
    }
    if (type.startsWith("text/plain")) JSON.parse(body.toString("utf8"));
    return true;
  } catch {
    return false;
  }
}

export function serverActionCall(): Step {
  return {
    name: "server action call",
    async run(exchange) {
      const { req, res, url, settings } = exchange;
      if (!isActionCall(req)) return "pass";
      if (!fromThisSite(req, settings)) return sendJson(res, 403, { error: "forbidden", message: "Cross-site requests are refused." });
      if (!decodes(url.pathname)) return sendJson(res, 400, { error: "bad_request", message: "The address is not valid." });
      const body = await readBody(req, MAX_BODY);
      if (!body) return sendJson(res, 413, { error: "too_large", message: "The request is too large." }, { Connection: "close" });
      if (!(await argumentsAreJson(String(req.headers["content-type"] ?? ""), body))) {
        return sendJson(res, 400, { error: "bad_request", message: "The request is not valid." });
      }
      exchange.req = replayRequest(req, body);
      return "pass";
    },
  };
}
