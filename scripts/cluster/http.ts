// Small HTTP(S) client for the cluster checks: keep-alive, the run's own certificate authority
// for nginx's self-signed certificate, and every answer's status, headers and body.
import http from "node:http";
import https from "node:https";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };
export type Client = { request: (url: string, options?: RequestOptions) => Promise<Answer>; close: () => void };
export type RequestOptions = { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number };

export function httpClient({ ca, maxSockets = 64 }: { ca?: string; maxSockets?: number } = {}): Client {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets, ca });
  return {
    request(url, { method = "GET", headers = {}, body, timeoutMs = 15_000 } = {}) {
      const target = new URL(url);
      const secure = target.protocol === "https:";
      const started = performance.now();
      return new Promise<Answer>((resolve, reject) => {
        const req = (secure ? https : http).request(
          target,
          {
            method,
            agent: secure ? httpsAgent : httpAgent,
            headers: { ...headers, ...(body === undefined ? {} : { "Content-Length": String(Buffer.byteLength(body)) }) },
            timeout: timeoutMs,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }));
            res.on("error", reject);
          },
        );
        req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on("error", reject);
        req.end(body);
      });
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
