// The limits the app is measured against: a bare node:http server doing the same work with
// none of the framework around it.
//
//   node --import tsx scripts/bench/plain-server.ts sign|count|pages <port>
//
// sign:  the session lookup the app does (one SELECT on "Session" joined to "User"), the app's
//        rate-limit statement, then its one-statement write (insert the signature unless it
//        exists, add 1 to a random counter shard, follow when asked), through the raw `pg` driver.
//        It takes the three request shapes the app takes (plain-signing.ts): the JSON endpoint,
//        the Server Action post React sends, and the form post a browser sends without
//        JavaScript; each body is parsed for real (JSON.parse, a multipart parser).
// count: GET /api/campaigns/{slug}/count: the app's count query (lib/counting/count-query.ts)
//        behind the same one-second memo per campaign the app's front door keeps, answered
//        with the same bytes (the app's own answer, serialized with its headers once per memo
//        refresh: lib/front-door/steps/count-endpoint.ts), in one write.
// pages: GET of the pages in BENCH_PAGES_FILE (captured from the app by the bench): the same
//        status, headers and body bytes, sent from memory.
import { readFileSync } from "node:fs";
import http from "node:http";
import pg from "pg";
import { COUNT_SQL, type CampaignCount } from "../../lib/counting/count-query";
import { COUNT_PATH, countAnswer } from "../../lib/front-door/steps/count-endpoint";
import type { PreparedJson } from "../../lib/front-door/step";
import { ttlMemoNow } from "../../lib/ttl-memo";
import { sendJson, type CapturedPage, type Handler } from "./plain-http";
import { signHandler } from "./plain-signing";

const MODES = ["sign", "count", "pages"] as const;
type Mode = (typeof MODES)[number];

const [modeArg, portArg] = process.argv.slice(2);
const mode = MODES.find((m) => m === modeArg);
const port = Number(portArg);
if (!mode || !Number.isInteger(port)) throw new Error("usage: node --import tsx scripts/bench/plain-server.ts sign|count|pages <port>");

function database(): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  return new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
}

function countHandler(pool: pg.Pool): Handler {
  const recent = ttlMemoNow(1_000, async (slug) => countAnswer((await pool.query<CampaignCount>(COUNT_SQL, [slug])).rows[0] ?? null));
  const send = (res: http.ServerResponse, { status, headers, text }: PreparedJson) => {
    res.writeHead(status, headers as http.OutgoingHttpHeaders);
    res.end(text);
  };
  return (req, res) => {
    const slug = COUNT_PATH.exec(req.url ?? "")?.[1];
    if (!slug || (req.method !== "GET" && req.method !== "HEAD")) return sendJson(res, 404, { error: "not_found" });
    const answer = recent(slug);
    if (answer instanceof Promise) return answer.then((arrived) => send(res, arrived));
    send(res, answer);
  };
}

function pagesHandler(): Handler {
  const file = process.env.BENCH_PAGES_FILE;
  if (!file) throw new Error("BENCH_PAGES_FILE is not set");
  const pages = new Map(
    (JSON.parse(readFileSync(file, "utf8")) as CapturedPage[]).map((page) => {
      const body = Buffer.from(page.body, "base64");
      return [page.path, { status: page.status, headers: { ...page.headers, "content-length": String(body.length) }, body }] as const;
    }),
  );
  return (req, res) => {
    const page = pages.get(req.url ?? "");
    if (!page) return sendJson(res, 404, { error: "not_found" });
    res.writeHead(page.status, page.headers);
    res.end(page.body);
  };
}

const pool = mode === "pages" ? undefined : database();
const handlers: Record<Mode, () => Handler> = {
  sign: () => signHandler(pool!),
  count: () => countHandler(pool!),
  pages: pagesHandler,
};
const handle = handlers[mode]();

const server = http.createServer((req, res) => {
  if (req.url === "/health") return sendJson(res, 200, { ok: true });
  Promise.resolve(handle(req, res)).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) sendJson(res, 500, { ok: false, error: "internal" });
    else res.destroy();
  });
});

server.listen(port, "127.0.0.1", () => console.log(`plain ${mode} server on 127.0.0.1:${port}`));

process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void (pool?.end() ?? Promise.resolve()).finally(() => process.exit(0));
});
