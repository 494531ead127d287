import "server-only";
import { config } from "@/lib/server/config";

type HeaderReader = { get(name: string): string | null };

// The client's address, only ever used to derive a keyed hash for rate limiting; it is never
// stored or logged. Behind TRUSTED_PROXY_HOPS reverse proxies (default 0: clients connect to
// Next directly), the address is read that many hops from the right of X-Forwarded-For, which a
// client cannot forge.
export function clientAddress(headers: HeaderReader): string {
  const hops = config().server.trustedProxyHops;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[chain.length - 1 - hops] ?? chain[0] ?? headers.get("x-real-ip") ?? "unknown";
}
