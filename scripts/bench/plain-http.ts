// The few HTTP helpers the plain servers share (plain-server.ts).
import type http from "node:http";

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;

// A page as the app sent it, for the plain pages server (captured by pages.ts).
export type CapturedPage = { path: string; status: number; headers: Record<string, string>; body: string };

export function send(res: http.ServerResponse, status: number, contentType: string, text: string, headers: http.OutgoingHttpHeaders = {}) {
  res.writeHead(status, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) {
  send(res, status, "application/json", JSON.stringify(body), headers);
}

// The whole body, refused past `limit` bytes (the app's front door caps bodies too).
export function readBody(req: http.IncomingMessage, limit = 64 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) req.destroy(new Error("body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
