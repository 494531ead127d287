import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { guardServerErrors } from "./server-error-guard";

// Next's own compression middleware, as its router server applies it to every response.
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: Handler, databaseAway: boolean, { compress = false } = {}): Promise<string> {
  server = createServer((req, res) => {
    guardServerErrors(res, {
      decide: async () => databaseAway,
      replace: (response) => {
        response.writeHead(503, { "Content-Type": "text/plain", "Retry-After": "5" });
        response.end("replaced");
      },
    });
    if (compress) compression()(req, res, () => {});
    handler(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

// The ways Next ends a response: writeHead + end, statusCode + write + end, and a stream.
const handlers: Record<string, (status: number) => Handler> = {
  "writeHead then end": (status) => (_req, res) => {
    res.setHeader("Cache-Control", "private, no-cache");
    res.writeHead(status, { "Content-Type": "text/html" });
    res.end("<p>from next</p>");
  },
  "statusCode, writes, end": (status) => (_req, res) => {
    res.statusCode = status;
    res.setHeader("Content-Type", "text/html");
    res.write("<p>from ");
    setTimeout(() => {
      res.write(Buffer.from("next</p>"));
      res.end();
    }, 5);
  },
};

describe("a 5xx from Next", () => {
  for (const [name, handler] of Object.entries(handlers)) {
    it(`is replaced while the database is away (${name})`, async () => {
      const response = await fetch(await serve(handler(500), true));
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.headers.get("cache-control")).toBeNull();
      expect(await response.text()).toBe("replaced");
    });

    it(`goes out untouched when the database answers: a bug stays visible (${name})`, async () => {
      const response = await fetch(await serve(handler(500), false));
      expect(response.status).toBe(500);
      expect(await response.text()).toBe("<p>from next</p>");
    });

    it(`is never held when it is not an error (${name})`, async () => {
      const response = await fetch(await serve(handler(200), true));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("<p>from next</p>");
    });
  }

  it("is replaced after Next's compression has gzipped it, and kept gzipped when it is not", async () => {
    const big = "<p>" + "x".repeat(4000) + "</p>";
    const handler: Handler = (_req, res) => {
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/html");
      res.end(big);
    };
    const replaced = await fetch(await serve(handler, true, { compress: true }), { headers: { "Accept-Encoding": "gzip" } });
    expect(replaced.status).toBe(503);
    expect(replaced.headers.get("content-encoding")).toBeNull();
    expect(await replaced.text()).toBe("replaced");
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;

    const url = await serve(handler, false, { compress: true });
    const raw = await new Promise<{ status: number; encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      import("node:http").then(({ get }) =>
        get(url, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
        }).on("error", reject),
      );
    });
    expect(raw.status).toBe(500);
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe(big);
  });
});
