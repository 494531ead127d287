import { refuse, type Step } from "../step";

// Headers Next's client router sends with navigations, checked before Next reads them:
// - an RSC request is a GET (a navigation or a prefetch); on a POST Next answered it with a
//   500 ("Expected RSC response") when the post led to the 404 page;
// - the router state tree is percent-encoded JSON (a list); Next parses it as it comes.
const NAVIGATION_ONLY = ["rsc", "next-router-prefetch", "next-router-segment-prefetch"];
const MAX_TREE = 16 * 1024;

function isTree(value: string): boolean {
  if (value.length > MAX_TREE) return false;
  try {
    return Array.isArray(JSON.parse(decodeURIComponent(value)));
  } catch {
    return false;
  }
}

export function routerHeaders(): Step {
  return {
    name: "router headers",
    run(exchange) {
      const { req } = exchange;
      if (req.method !== "GET" && req.method !== "HEAD") for (const name of NAVIGATION_ONLY) delete req.headers[name];
      const tree = req.headers["next-router-state-tree"];
      if (tree === undefined || (typeof tree === "string" && isTree(tree))) return "pass";
      return refuse(exchange, 400, { error: "bad_request", message: "badRequest" });
    },
  };
}
