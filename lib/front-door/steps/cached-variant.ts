import { routing } from "@/i18n/routing";
import { passToNotFoundPage, type Step } from "../step";

// The cached variants of a campaign page and of the home page (docs/decisions/006 and 010) are
// reached only through proxy.ts's rewrites, with the current version in their address. Asked
// for directly, they would render and store a new page for every made-up version, and keep
// serving an old version, with a name its signer has since withdrawn. So their addresses are a
// 404 from outside, however they are spelled (percent-encoded, doubled slashes, a trailing slash).
const LOCALE = `(?:${routing.locales.join("|")})`;
const CACHED_VARIANT = new RegExp(`^(?:/${LOCALE})?(?:/campaigns/[^/]+)?/anonymous(?:/|$)`);

function normalised(pathname: string): string {
  const segments = pathname.split("/").filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  return `/${segments.join("/")}`;
}

export function cachedVariant(): Step {
  return {
    name: "cached variant",
    run(exchange) {
      const path = exchange.url.pathname;
      // A segment that is "anonymous" once decoded is spelled so, or percent-encoded: an
      // address with neither (the count a crowd polls, most pages) needs no decoding to pass.
      if (!path.includes("anonymous") && !path.includes("%")) return "pass";
      if (!CACHED_VARIANT.test(normalised(path))) return "pass";
      return passToNotFoundPage(exchange);
    },
  };
}
