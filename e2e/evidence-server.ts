// A real HTTP server on loopback that serves a page as evidence, and can change it afterwards.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type EvidenceServer = { url: string; bytes: () => Buffer; sha256: () => string; serve: (body: string) => void; close: () => Promise<void> };

export async function evidenceServer(initial: string): Promise<EvidenceServer> {
  let body = Buffer.from(initial);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/statement`,
    bytes: () => body,
    sha256: () => createHash("sha256").update(body).digest("hex"),
    serve: (next) => {
      body = Buffer.from(next);
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
