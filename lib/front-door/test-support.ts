// For the front door's tests: the front door as server.ts runs it, with a stand-in for Next that
// records what reached it, and a raw HTTP client that sends exactly what a test says (methods,
// Host, bodies without Content-Length) where fetch would correct it.
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseSettings, type Env, type Settings } from "@/lib/config/settings";
import { createFrontDoor } from "./index";
import type { Step } from "./step";

export function settingsFor(env: Env): Settings {
  const parsed = parseSettings(env);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.settings;
}

export type Reached = { method: string; url: string; headers: IncomingHttpHeaders; body: string };

export type Served = {
  origin: string;
  port: number;
  reachedNext: Reached[];
  close: () => Promise<void>;
};

type NextStandIn = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const echo: NextStandIn = (_req, res) => res.end("from next");

export async function serve(settings: Settings, steps: Step[], nextStandIn: NextStandIn = echo): Promise<Served> {
  const reachedNext: Reached[] = [];
  const server = createServer(
    createFrontDoor({
      settings,
      steps,
      next: async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const body = Buffer.concat(chunks).toString("utf8");
        reachedNext.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
        nextStandIn(req, res, body);
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    reachedNext,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string };

export type RawRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  /** Send the body chunked, without Content-Length. */
  chunked?: boolean;
};

/** One request, sent as written (the Host header included), on its own connection. */
export function rawRequest(port: number, { method = "GET", path = "/", headers = {}, body, chunked }: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers: { host: "localhost:3000", ...headers }, agent: false, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    // A server that refuses a large body may close before all of it is sent: the answer counts.
    req.on("error", reject);
    if (body !== undefined && !chunked) req.setHeader("content-length", Buffer.byteLength(body));
    if (body !== undefined) req.write(body);
    req.end();
  });
}
