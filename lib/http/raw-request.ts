// For tests: one HTTP request sent exactly as written (any method, a forged Host, a body without
// Content-Length), where fetch would correct it, on a connection of its own.
import { request, type IncomingHttpHeaders } from "node:http";

// body as text; bytes as they came (a compressed body).
export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string; bytes: Buffer };

export type RawRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  /** Send the body chunked, without Content-Length. */
  chunked?: boolean;
  /** Where to connect (the Host header says what the request claims). */
  address?: string;
};

export function rawRequest(port: number, { method = "GET", path = "/", headers = {}, body, chunked, address = "127.0.0.1" }: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, method, path, headers: { host: "localhost:3000", ...headers }, agent: false, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString("utf8"), bytes });
      });
      res.on("error", reject);
    });
    // A server that refuses a large body may close before all of it is sent: the answer counts.
    req.on("error", reject);
    if (body !== undefined && !chunked) req.setHeader("content-length", Buffer.byteLength(body));
    if (body !== undefined) req.write(body);
    req.end();
  });
}
