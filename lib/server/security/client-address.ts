import "server-only";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/internal-headers";

type HeaderReader = { get(name: string): string | null };

// The client's address, only ever used to derive a keyed hash for rate limiting; it is never
// stored or logged. The front door (server.ts) works it out from the connection and
// TRUSTED_PROXY_HOPS, never from what the client wrote, and hands it over in a header it
// deletes from every incoming request first (lib/front-door/steps/client-address.ts). Without
// the front door (the app started some other way) every request counts as one client: the
// limits then hold for everyone together rather than for no one.
export function clientAddress(headers: HeaderReader): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
