import { isApiPath, refuse, type Step } from "../step";

// Only the methods the app answers reach it. Next answers TRACE (and other methods it has no
// use for) with a 500, and DELETE or OPTIONS on a page by rendering the page.
const PAGE_METHODS = ["GET", "HEAD", "POST"];
const API_METHODS = ["GET", "HEAD", "POST", "DELETE", "OPTIONS"];

export function allowedMethods(): Step {
  return {
    name: "allowed methods",
    run(exchange) {
      const allowed = isApiPath(exchange.url.pathname) ? API_METHODS : PAGE_METHODS;
      if (allowed.includes(exchange.req.method ?? "")) return "pass";
      return refuse(exchange, 405, { error: "method_not_allowed", message: "methodNotAllowed" }, { Allow: allowed.join(", ") });
    },
  };
}
