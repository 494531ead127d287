// The limit the app is measured against: a bare node:http server doing the same database work
// through the raw `pg` driver, with none of the framework around it.
//
//   node --import tsx scripts/bench/plain-server.ts sign|count <port>
//
// sign:  POST /api/campaigns/{slug}/signature: the session lookup the app does (one SELECT on
//        "Session" joined to "User"), then the app's one-statement write: insert the signature
//        ON CONFLICT DO NOTHING and, only when a row went in, add 1 to a random counter shard,
//        through data-modifying CTEs. The campaign lookup by slug is folded into that statement:
//        this is the best case, so it costs two round trips.
// count: GET /api/campaigns/{slug}/count: the sum of the campaign's counter shards plus its goal,
//        in one statement, answered as the app's count JSON with the same Cache-Control.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import pg from "pg";

const [mode, portArg] = process.argv.slice(2);
const port = Number(portArg);
const connectionString = process.env.DATABASE_URL;
if ((mode !== "sign" && mode !== "count") || !Number.isInteger(port) || !connectionString) {
  throw new Error("usage: DATABASE_URL=… node --import tsx scripts/bench/plain-server.ts sign|count <port>");
}
const expectedOrigin = process.env.BENCH_ORIGIN ?? "http://localhost:3200";
const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

const SHARDS = 16;
const COOKIE = "authjs.session-token=";
const CACHE_CONTROL = "public, max-age=5, s-maxage=5, stale-while-revalidate=30";
const SIGN_PATH = /^\/api\/campaigns\/([^/]+)\/signature$/;
const COUNT_PATH = /^\/api\/campaigns\/([^/]+)\/count$/;

const SESSION_SQL = `SELECT u.id FROM "Session" s JOIN "User" u ON u.id = s."userId"
  WHERE s."sessionToken" = $1 AND s.expires > now()`;

const SIGN_SQL = `WITH campaign AS (
    SELECT id FROM "Campaign" WHERE slug = $1 AND status = 'OPEN'
      AND ("closesAt" IS NULL OR "closesAt" > now()) AND ("opensAt" IS NULL OR "opensAt" <= now())
  ), inserted AS (
    INSERT INTO "Signature" (id, "campaignId", "userId", "showName", "createdAt")
    SELECT $2, campaign.id, $3, false, now() FROM campaign
    ON CONFLICT ("campaignId", "userId") DO NOTHING
    RETURNING "campaignId"
  ), counted AS (
    INSERT INTO "SignatureCounterShard" ("campaignId", country, shard, count)
    SELECT "campaignId", '', $4, 1 FROM inserted
    ON CONFLICT ("campaignId", country, shard) DO UPDATE SET count = "SignatureCounterShard".count + 1
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM campaign)::int AS found,
         (SELECT count(*) FROM counted)::int AS inserted,
         (SELECT COALESCE(SUM(s.count), 0) FROM "SignatureCounterShard" s, campaign WHERE s."campaignId" = campaign.id)::int AS before`;

const COUNT_SQL = `SELECT c.slug, c.goal,
    (SELECT COALESCE(SUM(s.count), 0) FROM "SignatureCounterShard" s WHERE s."campaignId" = c.id)::int AS "signatureCount"
  FROM "Campaign" c WHERE c.slug = $1 AND c.status IN ('OPEN', 'CLOSED', 'ACHIEVED', 'ARCHIVED')`;

function send(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > 4096) req.destroy(new Error("body too large"));
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

function sessionToken(cookie: string | undefined): string | undefined {
  const part = cookie?.split(/;\s*/).find((p) => p.startsWith(COOKIE));
  return part?.slice(COOKIE.length) || undefined;
}

function isSignInput(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { showName, follow } = value as Record<string, unknown>;
  return typeof showName === "boolean" && (follow === undefined || typeof follow === "boolean");
}

// A cuid-like id: a time part and a random part, lower-case letters and digits.
const newId = () => `c${Date.now().toString(36)}${randomBytes(9).toString("hex")}`;

async function sign(req: http.IncomingMessage, res: http.ServerResponse, slug: string) {
  const raw = await readBody(req);
  if (req.headers.origin !== expectedOrigin) return send(res, 403, { ok: false, error: "bad_origin" });
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch {
    return send(res, 400, { ok: false, error: "invalid" });
  }
  if (!isSignInput(input)) return send(res, 400, { ok: false, error: "invalid" });
  const token = sessionToken(req.headers.cookie);
  if (!token) return send(res, 401, { ok: false, error: "unauthenticated" });
  // The app keeps only the token's SHA-256, and hashes the cookie's token to look it up.
  const session = await pool.query<{ id: string }>(SESSION_SQL, [createHash("sha256").update(token).digest("hex")]);
  const user = session.rows[0];
  if (!user) return send(res, 401, { ok: false, error: "unauthenticated" });
  const shard = Math.floor(Math.random() * SHARDS);
  const { rows } = await pool.query<{ found: number; inserted: number; before: number }>(SIGN_SQL, [slug, newId(), user.id, shard]);
  const result = rows[0];
  if (!result || result.found === 0) return send(res, 404, { ok: false, error: "not_found" });
  send(res, 200, { ok: true, alreadySigned: result.inserted === 0, signatureCount: result.before + result.inserted });
}

async function count(res: http.ServerResponse, slug: string) {
  const { rows } = await pool.query<{ slug: string; goal: number; signatureCount: number }>(COUNT_SQL, [slug]);
  const row = rows[0];
  if (!row) return send(res, 404, { error: "not_found" });
  send(res, 200, { slug: row.slug, signatureCount: row.signatureCount, goal: row.goal }, { "Cache-Control": CACHE_CONTROL });
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const path = req.url ?? "/";
  if (path === "/health") return send(res, 200, { ok: true });
  const signSlug = SIGN_PATH.exec(path)?.[1];
  if (mode === "sign" && signSlug && req.method === "POST") return sign(req, res, decodeURIComponent(signSlug));
  const countSlug = COUNT_PATH.exec(path)?.[1];
  if (mode === "count" && countSlug && req.method === "GET") return count(res, decodeURIComponent(countSlug));
  send(res, 404, { error: "not_found" });
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, { ok: false, error: "internal" });
    else res.destroy();
  });
});

server.listen(port, "127.0.0.1", () => console.log(`plain ${mode} server on 127.0.0.1:${port}`));

process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
});
