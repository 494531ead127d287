import { carriesCookie } from "../cookie-presence";
import { databaseReachability } from "../database";
import { sendUnavailable } from "../unavailable";
import type { Step } from "../step";

// While the database is known to be away, answer at once with 503 and Retry-After everything
// that needs it: form posts, Server Actions, sign-in, signed-in visitors' pages, the API beyond
// its public reads. Anonymous readers' page requests still go on to Next, which serves the
// pages it has cached (an uncached one fails there, and the front door turns that into the same
// 503); the public JSON reads go on too, since a replica may still answer them.
const carriesVisitorCookie = carriesCookie("authjs.session-token", "pending-signature");
const PUBLIC_API = /^\/api\/campaigns(?:\/[^/]+)?$/;

function mayServeWithoutDatabase(method: string | undefined, pathname: string, cookie: string | undefined): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (pathname.startsWith("/_next/static/")) return true;
  if (carriesVisitorCookie(cookie)) return false;
  return pathname.startsWith("/api/") ? PUBLIC_API.test(pathname) : true;
}

export function databaseUnavailable(): Step {
  return {
    name: "database unavailable",
    run({ req, res, url, settings }) {
      const database = databaseReachability(settings);
      if (!database.isUnreachable() || mayServeWithoutDatabase(req.method, url.pathname, req.headers.cookie)) return "pass";
      database.countRefused();
      return sendUnavailable(req, res, url);
    },
  };
}
