import { sendJson, type Step } from "../step";

// GET /api/health: the process is up and serving. It asks nothing of the database, so a load
// balancer or process manager restarts an instance only for what a restart can fix (use
// /api/ready to decide whether to send it traffic).
export function healthEndpoint(): Step {
  return {
    name: "health endpoint",
    run({ req, res, url }) {
      if (url.pathname !== "/api/health" || (req.method !== "GET" && req.method !== "HEAD")) return "pass";
      return sendJson(res, 200, { status: "ok" }, { "Cache-Control": "no-store" });
    },
  };
}
