import { ttlMemoNow, type MemoNow } from "@/lib/ttl-memo";
import { COUNT_SQL, type CampaignCount } from "@/lib/counting/count-query";
import { PUBLIC_CACHE_CONTROL } from "@/lib/public-cache-control";
import { publicQuery } from "../database";
import { prepareJson, refuse, sendPrepared, type PreparedJson, type Step } from "../step";

// GET /api/campaigns/{slug}/count: what every open campaign page polls and a crowd watching a
// viral campaign hits hardest. Answered here, before Next, from a one-second memo per campaign:
// however many people watch, each instance asks the database once a second. The memo is derived
// data only; losing it costs one query. See docs/decisions/005.
//
// The memo keeps the answer ready to send (serialized, with its headers), made once per refresh
// rather than once per request, and hands it back without a promise once it has arrived: the
// count is then answered in the turn its request arrived in (docs/decisions/019).
export const COUNT_PATH = /^\/api\/campaigns\/([a-z0-9-]{1,100})\/count$/;

const NOT_FOUND = prepareJson(404, { error: "not_found", message: "No public campaign has this slug." });

/** The answer for a campaign's count as the database gave it (null: no public campaign). */
export function countAnswer(count: CampaignCount | null): PreparedJson {
  return count ? prepareJson(200, count, { "Cache-Control": PUBLIC_CACHE_CONTROL }) : NOT_FOUND;
}

export function countEndpoint(): Step {
  let recent: MemoNow<PreparedJson> | undefined;
  return {
    name: "count endpoint",
    run(exchange) {
      const { req, res, url, settings } = exchange;
      const slug = COUNT_PATH.exec(url.pathname)?.[1];
      if (!slug) return "pass";
      // No route handler stands behind this address: anything but a read ends here.
      if (req.method !== "GET" && req.method !== "HEAD") {
        return refuse(exchange, 405, { error: "method_not_allowed", message: "methodNotAllowed" }, { Allow: "GET, HEAD" });
      }
      // From the read replica when there is one (it falls back to the primary by itself).
      recent ??= ttlMemoNow(1_000, async (key) => countAnswer((await publicQuery<CampaignCount>(settings, COUNT_SQL, [key])).rows[0] ?? null));
      const answer = recent(slug);
      if (answer instanceof Promise) return answer.then((arrived) => sendPrepared(res, arrived));
      return sendPrepared(res, answer);
    },
  };
}
