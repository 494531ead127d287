import { ttlMemo } from "@/lib/ttl-memo";
import { COUNT_SQL, type CampaignCount } from "@/lib/counting/count-query";
import { PUBLIC_CACHE_CONTROL } from "@/lib/public-cache-control";
import { publicQuery } from "../database";
import { refuse, sendJson, type Step } from "../step";

// GET /api/campaigns/{slug}/count: what every open campaign page polls and a crowd watching a
// viral campaign hits hardest. Answered here, before Next, from a one-second memo per campaign:
// however many people watch, each instance asks the database once a second. The memo is derived
// data only; losing it costs one query. See docs/decisions/005.
export const COUNT_PATH = /^\/api\/campaigns\/([a-z0-9-]{1,100})\/count$/;

export function countEndpoint(): Step {
  let recent: ((slug: string) => Promise<CampaignCount | null>) | undefined;
  return {
    name: "count endpoint",
    async run(exchange) {
      const { req, res, url, settings } = exchange;
      const slug = COUNT_PATH.exec(url.pathname)?.[1];
      if (!slug) return "pass";
      // No route handler stands behind this address: anything but a read ends here.
      if (req.method !== "GET" && req.method !== "HEAD") {
        return refuse(exchange, 405, { error: "method_not_allowed", message: "methodNotAllowed" }, { Allow: "GET, HEAD" });
      }
      // From the read replica when there is one (it falls back to the primary by itself).
      recent ??= ttlMemo(1_000, async (key) => (await publicQuery<CampaignCount>(settings, COUNT_SQL, [key])).rows[0] ?? null);
      const count = await recent(slug);
      if (!count) return sendJson(res, 404, { error: "not_found", message: "No public campaign has this slug." });
      return sendJson(res, 200, count, { "Cache-Control": PUBLIC_CACHE_CONTROL });
    },
  };
}
