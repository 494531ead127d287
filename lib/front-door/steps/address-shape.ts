import { decodes } from "@/lib/http/decodes";
import { isApiPath, passToNotFoundPage, refuse, type Step } from "../step";

// Addresses Next would choke on, refused before anything looks them up. PostgreSQL refuses a
// NUL byte in a query, so a slug or token carrying one (%00) was a 500; other control
// characters have no place in an address here either.
const MAX_TARGET = 4096;
const CONTROL = /[\u0000-\u001f\u007f]|%(?:[01][0-9a-f]|7f)/i;

export function addressShape(): Step {
  return {
    name: "address shape",
    run(exchange) {
      const target = exchange.req.url ?? "";
      // Only a path is an address here: not "*", not an absolute URL naming some other host.
      if (!target.startsWith("/")) return refuse(exchange, 400, { error: "bad_request", message: "badAddress" });
      if (target.length > MAX_TARGET) return refuse(exchange, 414, { error: "uri_too_long", message: "addressTooLong" });
      if (CONTROL.test(target)) {
        return refuse(exchange, 400, { error: "control_characters", message: "addressControlCharacters" });
      }
      // Broken percent-encoding names nothing: the JSON API says so, a page address gets the 404 page.
      if (!decodes(exchange.url.pathname)) {
        if (isApiPath(exchange.url.pathname)) return refuse(exchange, 400, { error: "bad_request", message: "badAddress" });
        return passToNotFoundPage(exchange);
      }
      return "pass";
    },
  };
}
