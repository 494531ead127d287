import "server-only";
import net from "node:net";

// Which addresses the evidence fetcher may connect to: public unicast only. Loopback, private
// (RFC 1918, CGNAT, ULA), link-local (where cloud metadata services live), unspecified,
// multicast, documentation and reserved ranges are refused, and so is an IPv6 address that
// carries one of them inside (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
const V4_BLOCKED: [string, number][] = [
  ["0.0.0.0", 8], // "this network", unspecified
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // CGNAT (also Alibaba Cloud's metadata address)
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

const V6_BLOCKED: [string, number][] = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["::", 96], // IPv4-compatible (deprecated)
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments (Teredo among them)
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local (AWS metadata fd00:ec2::254 among them)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
];

const blocked = new net.BlockList();
for (const [prefix, bits] of V4_BLOCKED) blocked.addSubnet(prefix, bits, "ipv4");
for (const [prefix, bits] of V6_BLOCKED) blocked.addSubnet(prefix, bits, "ipv6");

// The 16 bytes of an IPv6 address (with or without an embedded dotted quad), or null.
function ipv6Bytes(address: string): number[] | null {
  let text = address.toLowerCase().split("%")[0] ?? "";
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    if (net.isIPv4(dotted[1]) === false) return null;
    tail.push(...dotted[1].split(".").map(Number));
    text = text.slice(0, -dotted[1].length) + "0:0";
  }
  const [head = "", rest] = text.split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const missing = 8 - left.length - right.length;
  if (rest === undefined ? missing !== 0 : missing < 0) return null;
  const all = [...left, ...Array.from({ length: missing }, () => "0"), ...right];
  const bytes = all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [(n >> 8) & 0xff, n & 0xff];
  });
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes.length === 16 ? bytes : null;
}

// The IPv4 address an IPv6 one carries, when it is one of the forms that reach IPv4 hosts.
function embeddedIpv4(address: string): string | null {
  const b = ipv6Bytes(address);
  if (!b) return null;
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const quad = (at: number) => b.slice(at, at + 4).join(".");
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return quad(12); // ::ffff:a.b.c.d (IPv4-mapped)
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return quad(12); // 64:ff9b::/96 (NAT64)
  if (b[0] === 0x20 && b[1] === 0x02) return quad(2); // 2002::/16 (6to4)
  return null;
}

/** True when the fetcher may connect to this IP address. Anything that is not an IP is refused. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address.split("%")[0] ?? "");
  if (family === 4) return !blocked.check(address, "ipv4");
  if (family === 6) {
    const inner = embeddedIpv4(address);
    if (inner !== null) return isPublicAddress(inner);
    return !blocked.check(address.split("%")[0]!, "ipv6");
  }
  return false;
}
