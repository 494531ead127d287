import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { rawRequest, serve, settingsFor, withServed } from "../test-support";
import { clientAddress, rateLimitSubject } from "./client-address";

async function addressesSeen(hops: string, forwarded: (string | undefined)[]) {
  return withServed(serve(settingsFor({ NODE_ENV: "test", TRUSTED_PROXY_HOPS: hops }), [clientAddress()]), async (running) => {
    for (const xff of forwarded) {
      await rawRequest(running.port, { path: "/", headers: { ...(xff === undefined ? {} : { "x-forwarded-for": xff }), "x-real-ip": "198.51.100.9", [CLIENT_ADDRESS_HEADER]: "203.0.113.1" } });
    }
    return running.reachedNext.map((r) => ({ address: r.headers[CLIENT_ADDRESS_HEADER], forwarded: r.headers["x-forwarded-for"], realIp: r.headers["x-real-ip"] }));
  });
}

describe("the client address", () => {
  it("directly exposed: the connection's address, whatever X-Forwarded-For says", async () => {
    const seen = await addressesSeen("0", ["203.0.113.1", "203.0.113.2, 10.0.0.1", undefined]);
    expect(seen.map((s) => s.address)).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
    // What the client wrote does not reach the app either.
    expect(seen.every((s) => s.forwarded === undefined && s.realIp === undefined)).toBe(true);
  });

  it("behind one proxy: the entry that proxy wrote, however the client rotates the rest", async () => {
    const seen = await addressesSeen("1", ["203.0.113.1, 192.0.2.50", "10.9.9.9, 203.0.113.2, 192.0.2.50", "192.0.2.50"]);
    expect(seen.map((s) => s.address)).toEqual(["192.0.2.50", "192.0.2.50", "192.0.2.50"]);
  });

  it("behind two proxies: two entries from the right; too short a chain counts as the proxy, never the client's word", async () => {
    const seen = await addressesSeen("2", ["forged, 192.0.2.50, 10.0.0.2", "192.0.2.50", "not-an-address, 10.0.0.2", undefined]);
    expect(seen.map((s) => s.address)).toEqual(["192.0.2.50", "proxy 127.0.0.1", "proxy 127.0.0.1", "proxy 127.0.0.1"]);
  });

  it("counts IPv6 clients by their /64, and IPv4 in IPv6 form as IPv4", () => {
    expect(rateLimitSubject("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(rateLimitSubject("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitSubject("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitSubject("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(rateLimitSubject("192.0.2.1")).toBe("192.0.2.1");
  });
});
