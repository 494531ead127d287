import type { Step } from "../step";

// Headers a client may send but must not be believed. Next's own routing headers (it trusts
// x-middleware-subrequest, x-invoke-*, x-now-route-matches… from whoever sends them), and the
// app's internal ones, are deleted; where the request came from (Host, X-Forwarded-Host/Proto/
// Port) is set to what AUTH_URL says, so every origin Next and Auth.js work out is the
// configured one (links, redirects, Server Actions' same-origin check).
// One pattern for all of them (header names arrive lower-cased).
export const INTERNAL_REQUEST_HEADER = /^(?:x-middleware-|x-invoke-|x-now-|x-vercel-|x-nextjs-|x-next-|x-matched-path$|next-resume$|x-prerender-revalidate|x-campaign-)/;

type Where = { host: string; proto: string; port: string };

function whereFrom(origin: string): Where {
  const url = new URL(origin);
  return { host: url.host, proto: url.protocol.slice(0, -1), port: url.port || (url.protocol === "https:" ? "443" : "80") };
}

export function requestHeaders(): Step {
  // Worked out once from the configured origin, not per request.
  let origin: string | undefined;
  let where: Where | undefined;
  return {
    name: "request headers",
    run({ req, settings }) {
      const { headers } = req;
      for (const name in headers) if (INTERNAL_REQUEST_HEADER.test(name)) delete headers[name];
      if (where === undefined || origin !== settings.auth.url) {
        origin = settings.auth.url;
        where = whereFrom(origin);
      }
      headers.host = where.host;
      headers["x-forwarded-host"] = where.host;
      headers["x-forwarded-proto"] = where.proto;
      headers["x-forwarded-port"] = where.port;
      return "pass";
    },
  };
}
