// The plain signing server's work (plain-server.ts): the same three request shapes the app
// takes, parsed for real, then the app's database work, statement for statement: the session
// lookup, the rate limit, the signature.
import { createHmac, randomUUID } from "node:crypto";
import type http from "node:http";
import type pg from "pg";
import { SIGN_SQL, signParameters } from "../../lib/counting/sign-query";
import { RATE_LIMIT_SQL, type RateLimitRow } from "../../lib/security/rate-limit-query";
import { storedSessionToken } from "./bench-data";
import { readBody, send, sendJson, type Handler } from "./plain-http";

const COOKIE = "authjs.session-token=";
const JSON_PATH = /^\/api\/campaigns\/([a-z0-9-]{1,100})\/signature$/;
const PAGE_PATH = /^\/campaigns\/([a-z0-9-]{1,100})$/;

// What getViewer() asks (lib/server/authz.ts).
const SESSION_SQL = `SELECT u."id", u."email", u."role" FROM "Session" s JOIN "User" u ON u."id" = s."userId"
  WHERE s."sessionToken" = $1 AND s."expires" > (now() AT TIME ZONE 'UTC')`;

// The app's signing rate limit (lib/server/security/rate-limit.ts, RATE_LIMITS.signingPerUser):
// 30 per user in 10 minutes, keyed by an HMAC of the user's id.
const RULE = { name: "sign-user", points: 30, windowSeconds: 600 };
const SECRET = "bench-plain-server-secret";
const rateLimitKey = (userId: string) =>
  `${RULE.name}:${createHmac("sha256", SECRET).update(`rate-limit:${RULE.name}\0${userId}`).digest("base64url")}`;

type Input = { showName: boolean; follow: boolean; displayName?: string; country?: string; comment?: string };

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

function fromJson(raw: Buffer): Input | null {
  try {
    const body = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
    if (typeof body !== "object" || body === null) return null;
    const { showName = false, follow = false } = body;
    if (typeof showName !== "boolean" || typeof follow !== "boolean") return null;
    return { showName, follow, displayName: text(body.displayName), country: text(body.country), comment: text(body.comment) };
  } catch {
    return null;
  }
}

// A form's fields: React prefixes the fields of an action's FormData argument ("1_follow").
async function fromMultipart(req: http.IncomingMessage, raw: Buffer, prefix: string): Promise<Input | null> {
  try {
    const form = await new Request("http://localhost/", { method: "POST", headers: { "content-type": req.headers["content-type"] ?? "" }, body: Uint8Array.from(raw) }).formData();
    const field = (name: string) => form.get(`${prefix}${name}`);
    return {
      showName: field("showName") === "on",
      follow: field("follow") === "on",
      displayName: text(field("displayName")),
      country: text(field("country")),
      comment: text(field("comment")),
    };
  } catch {
    return null;
  }
}

function sessionToken(cookie: string | undefined): string | undefined {
  const part = cookie?.split(/;\s*/).find((p) => p.startsWith(COOKIE));
  return part?.slice(COOKIE.length) || undefined;
}

type Shape = "json" | "action" | "form";

type Status = "signed" | "alreadySigned" | "unauthenticated" | "invalid" | "notFound" | "rateLimited";

function answer(res: http.ServerResponse, shape: Shape, status: Status, count = 0) {
  const code = { signed: 200, alreadySigned: 200, unauthenticated: 401, invalid: 400, notFound: 404, rateLimited: 429 }[status];
  if (shape === "json") {
    const ok = status === "signed" || status === "alreadySigned";
    return sendJson(res, code, ok ? { ok: true, alreadySigned: status === "alreadySigned", signatureCount: count } : { error: status });
  }
  // The result the app's action answers (lib/actions/action-result.ts), in React's wire format
  // or in a page.
  const ok = status === "signed" || status === "alreadySigned";
  const state = JSON.stringify(ok ? { ok: true, data: { outcome: status, signatureCount: count } } : { ok: false, error: status });
  if (shape === "action") return send(res, code, "text/x-component", `0:${state}\n`);
  send(res, code, "text/html; charset=utf-8", `<!DOCTYPE html><html><body><script>self.state=${JSON.stringify(state)}</script></body></html>`);
}

export function signHandler(pool: pg.Pool): Handler {
  const expectedOrigin = process.env.BENCH_ORIGIN;
  return async (req, res) => {
    const url = req.url ?? "";
    const jsonSlug = JSON_PATH.exec(url)?.[1];
    const pageSlug = PAGE_PATH.exec(url)?.[1];
    const slug = jsonSlug ?? pageSlug;
    if (req.method !== "POST" || !slug) return sendJson(res, 404, { error: "not_found" });
    const shape: Shape = jsonSlug ? "json" : req.headers["next-action"] ? "action" : "form";
    const raw = await readBody(req);
    if (req.headers.origin !== expectedOrigin) return sendJson(res, 403, { error: "forbidden" });
    const input = shape === "json" ? fromJson(raw) : await fromMultipart(req, raw, shape === "action" ? "1_" : "");
    if (!input) return answer(res, shape, "invalid");
    const token = sessionToken(req.headers.cookie);
    const session = token ? (await pool.query<{ id: string }>(SESSION_SQL, [storedSessionToken(token)])).rows[0] : undefined;
    if (!session) return answer(res, shape, "unauthenticated");
    const [limit] = (await pool.query<RateLimitRow>(RATE_LIMIT_SQL, [rateLimitKey(session.id), RULE.windowSeconds])).rows;
    if (limit && limit.points > RULE.points) return answer(res, shape, "rateLimited");
    const { rows } = await pool.query<{ campaignId: string | null; inserted: number; before: number }>(
      SIGN_SQL,
      signParameters({ slug, userId: session.id, signatureId: randomUUID(), input }),
    );
    const row = rows[0];
    if (!row?.campaignId) return answer(res, shape, "notFound");
    answer(res, shape, row.inserted === 0 ? "alreadySigned" : "signed", row.before + row.inserted);
  };
}
