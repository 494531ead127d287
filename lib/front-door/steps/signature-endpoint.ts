import { cookieNameFor } from "@/lib/security/cookie-names";
import { cookieValue } from "../cookie-value";
import { databaseReachability, signingDatabase } from "../database";
import { readBody } from "../server-actions/replay-request";
import { answerSignature } from "../signature/answer-signature";
import { refuse, sendPrepared, type Exchange, type Step, type StepResult } from "../step";
import { sendUnavailable } from "../unavailable";

// POST /api/campaigns/{slug}/signature signs, DELETE withdraws (../signature/answer-signature.ts).
// Answered here rather than by a Next route handler: signing is what a surge is made of, and
// Next's request machinery cost more CPU than the signature's three statements
// (docs/decisions/021). The body limit (8 KB) has been checked by then.
export const SIGNATURE_PATH = /^\/api\/campaigns\/([a-z0-9-]{1,100})\/signature$/;

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function answer(exchange: Exchange, slug: string, method: "POST" | "DELETE"): Promise<StepResult> {
  const { req, res, settings } = exchange;
  const body = method === "POST" ? (await readBody(req)).toString("utf8") : "";
  const prepared = await answerSignature(signingDatabase(settings), settings.auth.url, {
    method,
    slug,
    body,
    origin: header(req.headers.origin),
    secFetchSite: header(req.headers["sec-fetch-site"]),
    sessionToken: cookieValue(req.headers.cookie, cookieNameFor("authjs.session-token", settings.auth.secureCookies)),
  });
  return sendPrepared(res, prepared);
}

export function signatureEndpoint(): Step {
  return {
    name: "signature endpoint",
    run(exchange) {
      const slug = SIGNATURE_PATH.exec(exchange.url.pathname)?.[1];
      if (!slug) return "pass";
      const method = exchange.req.method;
      if (method !== "POST" && method !== "DELETE") {
        return refuse(exchange, 405, { error: "method_not_allowed", message: "methodNotAllowed" }, { Allow: "POST, DELETE" });
      }
      // While the database is known to be away: 503 at once, the body unread, as for every
      // request that needs it (./database-unavailable.ts).
      const database = databaseReachability(exchange.settings);
      if (database.isUnreachable()) {
        database.countRefused();
        return sendUnavailable(exchange.req, exchange.res, exchange.url);
      }
      return answer(exchange, slug, method);
    },
  };
}
