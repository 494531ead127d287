// For the front door's tests: the front door as server.ts runs it, with a stand-in for Next that
// records what reached it.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseSettings, type Env, type Settings } from "@/lib/config/settings";
import { createFrontDoor } from "./index";
import { createReachability } from "./reachability";
import type { Step } from "./step";

export { rawRequest, type RawRequest, type RawResponse } from "@/lib/http/raw-request";

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

/** Runs `test` against a served front door and closes it afterwards, whatever `test` does. */
export async function withServed<T>(served: Promise<Served>, test: (running: Served) => Promise<T>): Promise<T> {
  const running = await served;
  try {
    return await test(running);
  } finally {
    await running.close();
  }
}

/** A database's reachability with a probe the test switches on and off, and a clock it moves. */
export function reachabilityHarness({ up: initially = true }: { up?: boolean } = {}) {
  const lines: string[] = [];
  let up = initially;
  let clock = 1_000_000;
  const reachability = createReachability({
    name: "database",
    consequence: "answering 503",
    probe: async () => {
      if (!up) throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    },
    log: (line) => lines.push(line),
    now: () => clock,
  });
  return {
    reachability,
    lines,
    setUp: (value: boolean) => void (up = value),
    advance: (ms: number) => void (clock += ms),
  };
}
