import type { Step } from "../step";

// Headers a client may send but must not be believed. Next's own routing headers (it trusts
// x-middleware-subrequest, x-invoke-*, x-now-route-matches… from whoever sends them), and the
// app's internal ones, are deleted; where the request came from (Host, X-Forwarded-Host/Proto/
// Port) is set to what AUTH_URL says, so every origin Next and Auth.js work out is the
// configured one (links, redirects, Server Actions' same-origin check).
const INTERNAL = [/^x-middleware-/, /^x-invoke-/, /^x-now-/, /^x-vercel-/, /^x-nextjs-/, /^x-next-/, /^x-matched-path$/, /^next-resume$/, /^x-prerender-revalidate/, /^x-campaign-/];

export function requestHeaders(): Step {
  return {
    name: "request headers",
    run({ req, settings }) {
      for (const name of Object.keys(req.headers)) if (INTERNAL.some((pattern) => pattern.test(name))) delete req.headers[name];
      const origin = new URL(settings.auth.url);
      req.headers.host = origin.host;
      req.headers["x-forwarded-host"] = origin.host;
      req.headers["x-forwarded-proto"] = origin.protocol.slice(0, -1);
      req.headers["x-forwarded-port"] = origin.port || (origin.protocol === "https:" ? "443" : "80");
      return "pass";
    },
  };
}
