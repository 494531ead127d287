import type { IncomingMessage } from "node:http";
import { routing } from "@/i18n/routing";
import { isApiPath, type Step } from "../step";

// English pages live at / (no prefix): proxy.ts, through next-intl, routes them to their
// /en/… page. Server Action calls skip the proxy (decision 014; their shape is checked by ./server-action-shape.ts), so the one piece of
// routing they need is done here: a call to an address without a language prefix goes to the
// default language's page, as the proxy would have sent it.
const isActionCall = (req: IncomingMessage) => req.method === "POST" && req.headers["next-action"] !== undefined;

const PREFIXED = new RegExp(`^/(?:${routing.locales.join("|")})(?:/|$)`);

export function serverActionLocale(): Step {
  return {
    name: "server action locale",
    run(exchange) {
      const { req, url } = exchange;
      // Only pages have actions: an /api address with a Next-Action header stays where it was sent
      // (moved under /en/ it would reach a page as an action call Next cannot find: a 500).
      if (!isActionCall(req) || isApiPath(url.pathname) || PREFIXED.test(url.pathname)) return "pass";
      const path = `/${routing.defaultLocale}${url.pathname === "/" ? "" : url.pathname}${url.search}`;
      exchange.req.url = path;
      exchange.url = new URL(path, url);
      return "pass";
    },
  };
}
