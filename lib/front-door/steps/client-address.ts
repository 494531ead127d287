import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import type { Step } from "../step";

// The client's address, for per-client rate limits (the app stores only a keyed hash of it).
// Every header a client sends can be forged, so the address comes from the connection, or,
// behind TRUSTED_PROXY_HOPS reverse proxies, from the entry those proxies wrote: each appends
// the address it received the request from to X-Forwarded-For, so the client's is the one
// TRUSTED_PROXY_HOPS entries from the right. Nothing to the left of it, and no other header,
// is ever read. Too short a chain means a proxy is not doing what the setting says: the request
// is counted under the nearest proxy's address (one shared bucket), never a client-set value.
const FORWARDING = ["x-forwarded-for", "x-real-ip", "forwarded", "true-client-ip", "cf-connecting-ip", "x-client-ip", "x-cluster-client-ip"];

// An IPv6 client controls at least a /64, so a limit per address would be a limit per nothing:
// IPv6 addresses count by their /64 prefix.
export function rateLimitSubject(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (isIP(plain) !== 6) return plain;
  const [head = "", tail = ""] = plain.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = plain.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

function forwardedChain(req: IncomingMessage): string[] {
  const header = req.headers["x-forwarded-for"];
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

// The connection's own address changes only with the connection (and behind a proxy, never):
// the last one is worked out once.
let lastPeer: { address: string; subject: string } | undefined;

function peerSubject(address: string): string {
  if (lastPeer?.address !== address) lastPeer = { address, subject: rateLimitSubject(address) };
  return lastPeer.subject;
}

export function clientAddressOf(req: IncomingMessage, trustedProxyHops: number): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  if (trustedProxyHops === 0) return peerSubject(peer);
  const chain = forwardedChain(req);
  const entry = chain[chain.length - trustedProxyHops];
  if (entry === undefined || isIP(entry.replace(/^::ffff:/i, "")) === 0) return `proxy ${peerSubject(peer)}`;
  return rateLimitSubject(entry);
}

export function clientAddress(): Step {
  return {
    name: "client address",
    run({ req, settings }) {
      const address = clientAddressOf(req, settings.server.trustedProxyHops);
      for (const name of FORWARDING) delete req.headers[name];
      req.headers[CLIENT_ADDRESS_HEADER] = address;
      return "pass";
    },
  };
}
