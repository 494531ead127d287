import type { ApiRoutes } from "../api-routes";
import { isApiPath, refuse, type Step } from "../step";

// An /api address that no route handler of the build answers (nor a step here, such as the
// count) is a 404, whatever the method or body. Without a list (development) everything passes.
export function apiRoutes({ routes }: { routes?: ApiRoutes }): Step {
  return {
    name: "api routes",
    run(exchange) {
      const path = exchange.url.pathname;
      if (!routes || !isApiPath(path) || routes.matches(path)) return "pass";
      return refuse(exchange, 404, { error: "not_found", message: "nothingHere" });
    },
  };
}
