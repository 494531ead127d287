import type { IncomingMessage } from "node:http";
import type { Settings } from "@/lib/config/settings";
import type { ActionCatalog } from "../server-actions/action-catalog";
import { checkActionRequest } from "../server-actions/check-action-request";
import { readBody, replayRequest } from "../server-actions/replay-request";
import { isApiPath, refuse, type Exchange, type Refusal, type Step, type StepResult } from "../step";

// Server Action calls are checked before Next decodes them: Next answered a cross-site call, an
// unknown action id in a form post, arguments that are not JSON, and arguments holding
// references to parts that are not there (["$@1"], ["$Q2"]…) with a 500, for every action,
// staff ones included. The body (already known to be within its limit) is read here, checked
// (./server-actions/check-action-request.ts) and handed on to Next unchanged.
//
// Each action still checks who is calling and what it was sent: this only keeps malformed
// calls from reaching React's decoder.
const BAD_REQUEST: Refusal = { error: "bad_request", message: "badRequest" };

// Every POST to a page is a Server Action call or nothing: no page of this app takes any other
// post (Next would render the page for it, or answer an RSC request for it with a 500).
const postToPage = (req: IncomingMessage, path: string) => req.method === "POST" && !isApiPath(path);
const NOT_AN_ACTION: Refusal = { error: "bad_request", message: "notAnAction" };

// A call from a page of this site: its Origin, or, from a browser that sends none, a fetch the
// browser itself says is same-origin. (Scripts without cookies cannot act for anyone.)
function fromThisSite(req: IncomingMessage, settings: Settings): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) return origin === settings.auth.url;
  const site = req.headers["sec-fetch-site"];
  return site === undefined || site === "same-origin" || site === "none";
}

export function serverActionShape({ actions }: { actions?: ActionCatalog }): Step {
  return {
    name: "server action shape",
    // Every request passes here: only a post to a page costs a promise.
    run(exchange) {
      if (!postToPage(exchange.req, exchange.url.pathname)) return "pass";
      return checkCall(exchange, actions);
    },
  };
}

async function checkCall(exchange: Exchange, actions: ActionCatalog | undefined): Promise<StepResult> {
  const { req, url, settings } = exchange;
  if (!fromThisSite(req, settings)) return refuse(exchange, 403, { error: "forbidden", message: "crossSite" });
  const header = req.headers["next-action"];
  const body = await readBody(req);
  const check = await checkActionRequest({
    actionHeader: Array.isArray(header) ? header.join(",") : header,
    contentType: String(req.headers["content-type"] ?? ""),
    body,
    actions,
  });
  if (check.kind === "unknown-action") {
    // As Next answers it, so that a page open from before a deploy reloads itself.
    if (header !== undefined) return refuse(exchange, 404, { error: "action_not_found", message: "formOutOfDate" }, { "x-nextjs-action-not-found": "1" });
    return refuse(exchange, 400, { error: "action_not_found", message: "formOutOfDate" });
  }
  if (check.kind === "nul") {
    return refuse(exchange, 400, { error: "control_characters", message: "formNul" });
  }
  if (check.kind === "not-an-action") return refuse(exchange, 400, NOT_AN_ACTION);
  if (check.kind === "malformed") {
    console.warn(`front door: refused a Server Action call to ${url.pathname.slice(0, 100)}: ${check.reason}`);
    return refuse(exchange, 400, BAD_REQUEST);
  }
  exchange.req = replayRequest(req, body);
  return "pass";
}
