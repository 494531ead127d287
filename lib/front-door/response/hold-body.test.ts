import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { rawRequest } from "@/lib/http/raw-request";
import { holdBody, type HoldOptions } from "./hold-body";

// A server whose every response is wrapped by holdBody, answered as `answer` writes it.
async function withHeld(options: HoldOptions, answer: (res: ServerResponse) => void, test: (port: number) => Promise<void>) {
  const server = createServer((_req, res) => {
    holdBody(res, options);
    answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await test((server.address() as AddressInfo).port);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

// Headers first, then the body in pieces, as Next streams a page.
const streamed = (res: ServerResponse) => {
  res.writeHead(200, { "Content-Type": "text/html" });
  res.flushHeaders();
  res.write("<p>one</p>");
  res.write(Buffer.from("<p>two</p>"));
  res.end("<p>three</p>");
};

describe("holdBody", () => {
  it("hands the whole body to release before the headers go out, and sends it as it was", async () => {
    const seen: string[] = [];
    await withHeld({ hold: () => true, release: (res, body) => void (seen.push(body.toString()), res.setHeader("x-length-seen", body.length)) }, streamed, async (port) => {
      const response = await rawRequest(port, {});
      expect(seen).toEqual(["<p>one</p><p>two</p><p>three</p>"]);
      expect(response.body).toBe("<p>one</p><p>two</p><p>three</p>");
      expect(response.headers["x-length-seen"]).toBe("32");
      expect(response.headers["content-length"]).toBe("32");
      expect(response.headers["transfer-encoding"]).toBeUndefined();
    });
  });

  it("sends the body release returns instead, with its own length", async () => {
    const replacement = Buffer.from("<p>ünïcode, shorter</p>");
    await withHeld({ hold: () => true, release: () => replacement }, streamed, async (port) => {
      const response = await rawRequest(port, {});
      expect(response.bytes.equals(replacement)).toBe(true);
      expect(response.headers["content-length"]).toBe(String(replacement.length));
    });
  });

  it("lets a response it does not hold pass as it is, without asking release", async () => {
    let released = 0;
    await withHeld({ hold: (res) => res.statusCode !== 200, release: () => void (released += 1) }, streamed, async (port) => {
      const response = await rawRequest(port, {});
      expect(response.body).toBe("<p>one</p><p>two</p><p>three</p>");
      expect(response.headers["transfer-encoding"]).toBe("chunked");
      expect(released).toBe(0);
    });
  });
});
