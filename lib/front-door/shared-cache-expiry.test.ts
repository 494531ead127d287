import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { expireSharedCacheAtSecondEnd } from "./shared-cache-expiry";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function headerFor(cacheControl: string | undefined, { status = 200, method = "GET", inWriteHead = false } = {}) {
  server = createServer((req, res) => {
    expireSharedCacheAtSecondEnd(req, res, () => 1_800_000_123_456);
    if (cacheControl && !inWriteHead) res.setHeader("Cache-Control", cacheControl);
    res.writeHead(status, cacheControl && inWriteHead ? { "Cache-Control": cacheControl } : {});
    res.end("x");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { method });
  return response.headers.get("x-accel-expires");
}

describe("nginx's copy of a shareable response", () => {
  it("expires when the current second ends", async () => {
    expect(await headerFor("s-maxage=5, stale-while-revalidate=30")).toBe("@1800000123");
    expect(await headerFor("public, max-age=5, s-maxage=5", { inWriteHead: true })).toBe("@1800000123");
  });

  it("is not asked for what is personal, uncacheable, an error or a write", async () => {
    expect(await headerFor("private, no-cache, no-store, max-age=0, must-revalidate")).toBeNull();
    expect(await headerFor("no-store")).toBeNull();
    expect(await headerFor("public, max-age=0")).toBeNull();
    expect(await headerFor(undefined)).toBeNull();
    expect(await headerFor("s-maxage=5", { status: 404 })).toBeNull();
    expect(await headerFor("s-maxage=5", { method: "POST" })).toBeNull();
  });
});
