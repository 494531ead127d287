import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest, serve, settingsFor, type Served } from "../test-support";
import { ACTION_COMPRESSION_THRESHOLD, serverActionEncoding } from "./server-action-encoding";

// A stand-in for Next that streams an answer of the asked-for size in three writes, as Next
// streams an action's answer.
const ORIGIN = "http://localhost:3999";
const bodyOf = (size: number) => Buffer.from("0:{}\n".padEnd(size, "x"));

describe("Server Action answers at the front door", () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve(settingsFor({ AUTH_URL: ORIGIN }), [serverActionEncoding()], (req, res) => {
      const url = new URL(req.url ?? "/", ORIGIN);
      if (url.searchParams.has("redirect")) {
        res.writeHead(303, { location: "/en/signin", "x-action-redirect": "/en/signin" });
        res.end();
        return;
      }
      const body = bodyOf(Number(url.searchParams.get("size")));
      res.writeHead(200, { "content-type": "text/x-component", vary: "rsc" });
      const third = Math.ceil(body.length / 3);
      res.write(body.subarray(0, third));
      res.write(body.subarray(third, 2 * third));
      res.end(body.subarray(2 * third));
    });
  });
  afterAll(() => served.close());

  // Raw bytes as sent (fetch would undo the encoding).
  const send = async (path: string, headers: Record<string, string>, method = "POST") => {
    const response = await rawRequest(served.port, { method, path, headers, body: method === "POST" ? "[]" : undefined });
    return { ...response, body: response.bytes };
  };
  const seen = () => served.reachedNext.at(-1)?.headers["accept-encoding"];
  const action = { "Next-Action": "7f" + "0".repeat(40), Origin: ORIGIN, "Accept-Encoding": "gzip, deflate, br, zstd" };

  it("sends a small answer (the sign form's) as it is, Next asked for it uncompressed", async () => {
    const response = await send("/en/campaigns/demand?size=400", action);
    expect(seen()).toBe("identity");
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers["content-length"]).toBe("400");
    expect(response.headers.vary).toBe("rsc, Accept-Encoding");
    expect(response.body.equals(bodyOf(400))).toBe(true);
  });

  it("compresses a large answer (a page rendered again) once, in the best encoding the browser accepts", async () => {
    const size = 40 * ACTION_COMPRESSION_THRESHOLD;
    const br = await send(`/en/campaigns/demand?size=${size}`, action);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(size / 10);
    expect(brotliDecompressSync(br.body).equals(bodyOf(size))).toBe(true);

    const gzip = await send(`/en/campaigns/demand?size=${size}`, { ...action, "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(bodyOf(size))).toBe(true);
  });

  it("sends a large answer uncompressed to a client that accepts no encoding", async () => {
    const { "Accept-Encoding": _, ...plain } = action;
    const response = await send(`/en/campaigns/demand?size=${4 * ACTION_COMPRESSION_THRESHOLD}`, plain);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body.equals(bodyOf(4 * ACTION_COMPRESSION_THRESHOLD))).toBe(true);
  });

  it("passes an action's redirect on unchanged", async () => {
    const response = await send("/en/campaigns/demand?redirect", action);
    expect(response.status).toBe(303);
    expect(response.headers["x-action-redirect"]).toBe("/en/signin");
    expect(response.body.length).toBe(0);
  });

  it("leaves every other request's Accept-Encoding to Next, and its answer streaming", async () => {
    const page = await send("/en/campaigns/demand?size=5000", { "Accept-Encoding": "br" }, "GET");
    expect(seen()).toBe("br");
    expect(page.headers["transfer-encoding"]).toBe("chunked");
    expect(page.headers.vary).toBe("rsc");
    const { "Next-Action": _, ...form } = action;
    await send("/en/campaigns/demand?size=5000", form);
    expect(seen()).toBe("gzip, deflate, br, zstd");
  });
});
