import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "./address-policy";
import { fetchEvidence, type Resolve } from "./fetch-evidence";

// A real HTTP server on loopback; each path behaves as the test needs.
let server: http.Server;
let base: string;
const page = Buffer.from("<html><body><h1>Statement</h1><script>alert(1)</script></body></html>");

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/page") {
      res.writeHead(200, { "Content-Type": "text/html; charset=UTF-8; boundary=x" }).end(page);
    } else if (path.startsWith("/hop/")) {
      const n = Number(path.slice(5));
      res.writeHead(302, { Location: n > 0 ? `/hop/${n - 1}` : "/page" }).end();
    } else if (path === "/to-private") {
      res.writeHead(301, { Location: "http://10.0.0.1/secret" }).end();
    } else if (path === "/to-localhost") {
      res.writeHead(307, { Location: `http://localhost:${(server.address() as AddressInfo).port}/page` }).end();
    } else if (path === "/big-declared") {
      res.writeHead(200, { "Content-Length": "5000" }).end(Buffer.alloc(5000));
    } else if (path === "/big-streamed") {
      res.writeHead(200);
      let sent = 0;
      const more = () => {
        if (sent >= 50_000 || res.destroyed) return res.end();
        sent += 1000;
        res.write(Buffer.alloc(1000), more);
      };
      more();
    } else if (path === "/slow") {
      // Never answers: the time limit must end it.
    } else {
      res.writeHead(404).end("missing");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allow = ["127.0.0.1"];
const names: Record<string, string[]> = {
  "metadata.example": ["169.254.169.254"],
  "intranet.example": ["10.0.0.1"],
  "loopback.example": ["127.0.0.1"],
  "mixed.example": ["93.184.216.34", "192.168.1.20"],
  "mapped.example": ["::ffff:127.0.0.1"],
};
const fakeDns: Resolve = async (host) => {
  const found = names[host];
  if (!found) throw new Error("ENOTFOUND");
  return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

describe("which addresses evidence may be fetched from", () => {
  it("refuses loopback, private, CGNAT, link-local, metadata, unspecified, multicast and their IPv6 forms", () => {
    for (const address of [
      "127.0.0.1", "127.8.8.8", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.0.1", "100.64.0.1", "100.100.100.200",
      "169.254.169.254", "0.0.0.0", "224.0.0.1", "239.255.255.250", "255.255.255.255", "198.18.0.1",
      "::", "::1", "fe80::1", "fe80::1%eth0", "fc00::1", "fd00:ec2::254", "ff02::1",
      "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:a9fe:a9fe", "::127.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1",
      "not-an-ip",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("allows public unicast addresses", () => {
    for (const address of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:93.184.216.34", "64:ff9b::5db8:d822"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });
});

describe("fetchEvidence", () => {
  it("archives the exact bytes served, with their SHA-256, type, size and final address", async () => {
    const result = await fetchEvidence({ url: `${base}/page`, allowHosts: allow });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bytes.equals(page)).toBe(true);
    expect(result.sha256).toBe(createHash("sha256").update(page).digest("hex"));
    expect(result.size).toBe(page.length);
    expect(result.contentType).toBe("text/html; charset=utf-8");
    expect(result.finalUrl).toBe(`${base}/page`);
  });

  it("refuses 127.0.0.1, 10.0.0.1, 169.254.169.254 and names resolving to them when they are not allowed", async () => {
    for (const url of [`${base}/page`, "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/"]) {
      expect(await fetchEvidence({ url, resolve: fakeDns }), url).toMatchObject({ ok: false, reason: "blocked_address" });
    }
    for (const host of ["metadata.example", "intranet.example", "loopback.example", "mixed.example", "mapped.example"]) {
      expect(await fetchEvidence({ url: `http://${host}/`, resolve: fakeDns }), host).toMatchObject({ ok: false, reason: "blocked_address", host });
    }
    // The system's own resolver: localhost is loopback.
    expect(await fetchEvidence({ url: `http://localhost:${new URL(base).port}/page` })).toMatchObject({ ok: false, reason: "blocked_address" });
  });

  it("connects to the address it checked, without a second lookup", async () => {
    let lookups = 0;
    const once: Resolve = async () => {
      lookups++;
      // A second answer would point somewhere else entirely.
      return lookups === 1 ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "10.9.9.9", family: 4 }];
    };
    const result = await fetchEvidence({ url: `http://evidence.test:${new URL(base).port}/page`, allowHosts: ["evidence.test"], resolve: once });
    expect(result.ok).toBe(true);
    expect(lookups).toBe(1);
  });

  it("checks every redirect again, and follows at most three", async () => {
    expect(await fetchEvidence({ url: `${base}/hop/2`, allowHosts: allow })).toMatchObject({ ok: true, finalUrl: `${base}/page` });
    expect(await fetchEvidence({ url: `${base}/hop/3`, allowHosts: allow })).toMatchObject({ ok: false, reason: "too_many_redirects" });
    expect(await fetchEvidence({ url: `${base}/to-private`, allowHosts: allow })).toMatchObject({ ok: false, reason: "blocked_address", host: "10.0.0.1" });
    expect(await fetchEvidence({ url: `${base}/to-localhost`, allowHosts: allow })).toMatchObject({ ok: false, reason: "blocked_address", host: "localhost" });
  });

  it("stops at the size limit, declared or not, and at the time limit", async () => {
    expect(await fetchEvidence({ url: `${base}/big-declared`, allowHosts: allow, maxBytes: 4000 })).toMatchObject({ ok: false, reason: "too_large" });
    expect(await fetchEvidence({ url: `${base}/big-streamed`, allowHosts: allow, maxBytes: 4000 })).toMatchObject({ ok: false, reason: "too_large" });
    expect(await fetchEvidence({ url: `${base}/big-declared`, allowHosts: allow, maxBytes: 5000 })).toMatchObject({ ok: true, size: 5000 });
    const started = Date.now();
    expect(await fetchEvidence({ url: `${base}/slow`, allowHosts: allow, timeoutMs: 300 })).toMatchObject({ ok: false, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses other schemes, credentials in the address, and error pages", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "gopher://127.0.0.1:25/", "not a url", "http://user:pass@127.0.0.1/"]) {
      expect(await fetchEvidence({ url, allowHosts: allow }), url).toMatchObject({ ok: false, reason: "invalid_url" });
    }
    expect(await fetchEvidence({ url: `${base}/missing`, allowHosts: allow })).toMatchObject({ ok: false, reason: "http_status", status: 404 });
    expect(await fetchEvidence({ url: "http://no-such-host.invalid/", resolve: fakeDns })).toMatchObject({ ok: false, reason: "dns_failed" });
  });
});
