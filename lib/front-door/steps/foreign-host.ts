import { refuse, type Step } from "../step";

const SAFE = ["GET", "HEAD", "OPTIONS"];

// A request that changes something must be addressed to this site, as AUTH_URL names it. Another
// Host is either a misconfigured proxy (which must pass the public Host on) or someone pointing
// a name of their own at this server (DNS rebinding): neither may sign, sign in or edit.
export function foreignHost(): Step {
  return {
    name: "foreign host",
    run(exchange) {
      if (SAFE.includes(exchange.req.method ?? "")) return "pass";
      const expected = new URL(exchange.settings.auth.url).host;
      if ((exchange.req.headers.host ?? "").toLowerCase() === expected) return "pass";
      return refuse(exchange, 421, { error: "misdirected", message: "misdirected" });
    },
  };
}
