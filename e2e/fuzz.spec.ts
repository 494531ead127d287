// Hostile requests to everything the production build answers: every route handler and every
// Server Action (found from the build's manifests, as e2e/authorization.spec.ts does), and every
// page. Generated with fast-check from a fixed seed (FUZZ_SEED to change it, FUZZ_RUNS to run
// more): malformed and hostile bodies (broken JSON and multipart, React replies with forged
// references such as ["$K9"] or ["$@1"], NUL bytes, deep nesting, sizes up to 20 MB), content
// types, encodings, methods, forged action ids, forged cookies, Host and routing headers.
// The property: no answer is a 5xx, no row of the database changes, the app is still up.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { rawRequest, type RawResponse } from "../lib/http/raw-request";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { baseURL } from "../playwright.config";
import { createSession, expect, test, uniqueEmail } from "./fixtures";
import { listServerActions, pageUrl, reachablePage } from "./server-actions";

const host = new URL(baseURL).host;
const port = Number(new URL(baseURL).port);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

type Target = { kind: "route" | "action" | "page"; name: string; path: string; actionId?: string; signedInAllowed: boolean };

// Actions that act on the caller's own session or account (sign out, delete the account, send
// oneself a fresh sign-in link): with a real session they do what they are for, which is no
// attack, so they are fuzzed signed out.
const ACTS_ON_OWN_ACCOUNT = new Set(["signOutAction", "signOutEverywhereAction", "deleteAccountAction", "requestFreshSignInAction"]);

function targets(ids: { slug: string; campaignId: string }): Target[] {
  const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  const params = { slug: ids.slug, id: ids.campaignId, version: "1", nextauth: "callback/email" };
  const fill = (route: string) =>
    route
      .replace(/\/(page|route)$/, "")
      .replace("/[locale]", "")
      .replace("[...nextauth]", "callback/email")
      .replace(/\[(\w+)\]/g, (_, name: string) => params[name as keyof typeof params] ?? name) || "/";
  const routes = Object.keys(manifest).filter((r) => r.endsWith("/route"));
  const pages = Object.keys(manifest).filter((r) => r.endsWith("/page") && !r.startsWith("/_"));
  return [
    // The count and the signing endpoint are answered by the front door, before Next: fuzzed
    // like routes.
    ...routes.map((r) => ({ kind: "route" as const, name: r, path: fill(r), signedInAllowed: false })),
    { kind: "route", name: "/api/campaigns/[slug]/count (front door)", path: `/api/campaigns/${ids.slug}/count`, signedInAllowed: false },
    { kind: "route", name: "/api/campaigns/[slug]/signature (front door)", path: `/api/campaigns/${ids.slug}/signature`, signedInAllowed: false },
    ...listServerActions().map((a) => ({
      kind: "action" as const,
      name: a.name,
      path: pageUrl(reachablePage(a), params),
      actionId: a.id,
      signedInAllowed: !ACTS_ON_OWN_ACCOUNT.has(a.name),
    })),
    ...pages.map((p) => ({ kind: "page" as const, name: p, path: fill(p), signedInAllowed: true })),
  ];
}

// ---------- what a request is made of ----------

const FORGED_REFERENCES = ["$K9", "$K1", "$@1", "$@ff", "$Q2", "$W3", "$F1", "$h0", "$T", "$B1", "$R1", "$r2", "$X1", "$i1", "$1", "$1:a:b", "$S", "$n", "$D", "$Z", "$", "$undefined", "$$ok"];
const reference = fc.constantFrom(...FORGED_REFERENCES);
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "%00", "\u001b[31m", "\ud800", "ا\u202eب", "x".repeat(3000), "__proto__", "constructor", "-1", "1e309", "NaN"),
  reference,
);
const replyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, nasty, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 4 })),
})).value;

const PART_NAMES = ["0", "1", "2", "_1_slug", "_1_locale", "_1_comment", "_1_email", "_9_x", "$ACTION_REF_1", "$ACTION_1:0", "$ACTION_1:1", "$ACTION_KEY", "slug", "locale", "comment", "targets.999999999.name", "text.en.title", "text", "__proto__.polluted", "$ACTION_ID_0000000000000000000000000000000000000000ab"];

// The fields the app's forms send (lib/actions), hostile values go in these.
const FIELD_NAMES = ["slug", "locale", "uiLocale", "email", "callbackUrl", "comment", "displayName", "country", "showName", "follow", "confirm", "id", "campaignId", "signatureId", "hidden", "title", "body", "translations.ug.title", "translations.en.body", "translations", "reasonTranslations.ug", "reason", "role", "goal", "status", "opensAt", "closesAt", "sourceUrl", "evidenceUrl", "occurredOn", "targetId", "targetStatus", "text.en.title", "text.ug.body", "targets.0.name", "targets.199.institution", "targets.200.name", "targets.x.name", "text"];

type Body = { bytes: Buffer; type?: string };

const BOUNDARY = "FuzzBoundary7MA4YWxk";
function multipart(parts: [string, string][], { finish = true } = {}): Body {
  const text = parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + (finish ? `--${BOUNDARY}--\r\n` : "");
  return { bytes: Buffer.from(text), type: `multipart/form-data; boundary=${BOUNDARY}` };
}

const bodies = (actionIds: string[]): fc.Arbitrary<Body> =>
  fc.oneof(
    { arbitrary: fc.constant({ bytes: Buffer.alloc(0) }), weight: 2 },
    { arbitrary: fc.uint8Array({ maxLength: 3000 }).map((b) => ({ bytes: Buffer.from(b), type: "application/octet-stream" })), weight: 2 },
    { arbitrary: fc.json().map((j) => ({ bytes: Buffer.from(j), type: "application/json" })), weight: 3 },
    { arbitrary: fc.json().map((j) => ({ bytes: Buffer.from(j.slice(0, Math.ceil(j.length / 2))), type: "application/json" })), weight: 2 },
    { arbitrary: fc.array(replyValue, { maxLength: 4 }).map((args) => ({ bytes: Buffer.from(JSON.stringify(args)), type: "text/plain;charset=UTF-8" })), weight: 6 },
    {
      arbitrary: fc
        .tuple(
          fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PART_NAMES), fc.string({ maxLength: 12 })), fc.oneof(nasty, replyValue.map((v) => JSON.stringify(v)))), { maxLength: 8 }),
          fc.array(replyValue, { maxLength: 3 }),
          fc.boolean(),
        )
        .map(([parts, root, finish]) => multipart([...parts.map(([n, v]) => [n, String(v)] as [string, string]), ["0", JSON.stringify(root)]], { finish })),
      weight: 6,
    },
    {
      // A call shaped as React sends it ([previous state, form]), with hostile values in the
      // fields the app's actions read: these reach the actions' own parsing and checks.
      arbitrary: fc
        .tuple(replyValue, fc.dictionary(fc.constantFrom(...FIELD_NAMES), nasty, { maxKeys: 8 }))
        .map(([state, fields]) => multipart([...Object.entries(fields).map(([k, v]) => [`_1_${k}`, String(v)] as [string, string]), ["0", JSON.stringify([state, "$K1"])]])),
      weight: 8,
    },
    {
      // A form post without JavaScript naming an action, with forged bound arguments.
      arbitrary: fc
        .tuple(fc.constantFrom(...actionIds, "0000000000000000000000000000000000000000ab"), fc.oneof(reference, fc.constant("$@1")), replyValue, fc.dictionary(fc.constantFrom("slug", "locale", "comment", "email", "confirm", "title"), nasty))
        .map(([id, bound, args, fields]) =>
          multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id, bound })], ["$ACTION_1:1", JSON.stringify(args)], ["$ACTION_KEY", "k0"], ...Object.entries(fields).map(([k, v]) => [k, String(v)] as [string, string])]),
        ),
      weight: 4,
    },
    { arbitrary: fc.array(fc.tuple(nasty, nasty), { maxLength: 6 }).map((pairs) => ({ bytes: Buffer.from(pairs.map(([k, v]) => `${k.replace(/[&=]/g, "")}=${v}`).join("&")), type: "application/x-www-form-urlencoded" })), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max: 200 }).map((depth) => ({ bytes: Buffer.from(`${"[".repeat(depth * 50)}${"]".repeat(depth * 50)}`), type: "text/plain;charset=UTF-8" })), weight: 1 },
    {
      // Large bodies: just over each limit, and up to 20 MB.
      arbitrary: fc.constantFrom(8 * 1024 + 1, 64 * 1024 + 1, 1024 * 1024, 5 * 1024 * 1024, 20 * 1024 * 1024).map((size) => ({ bytes: Buffer.alloc(size, "[".charCodeAt(0)), type: "text/plain;charset=UTF-8" })),
      weight: 1,
    },
  );

type Shape = {
  method: string;
  suffix: string;
  body: Body;
  contentType: "as-body" | "none" | "json" | "garbage" | "multipart-no-boundary";
  encoding: string | null;
  action: "own" | "forged" | "garbage" | "none";
  origin: "ours" | "evil" | "null" | "none";
  cookie: "none" | "fake" | "nul" | "pending" | "supporter" | "admin";
  rsc: "none" | "rsc" | "bad-tree" | "prefetch";
  foreignHost: boolean;
  forwarded: string | null;
};

// A well-formed call to an action (or a post to a route) whose body, fields and cookies are
// hostile: these get past the door's checks of the envelope to the app's own parsing.
const deepShapes = (actionIds: string[]): fc.Arbitrary<Shape> =>
  fc.record({
    method: fc.constant("POST"),
    suffix: fc.constant(""),
    body: bodies(actionIds),
    contentType: fc.constant("as-body" as const),
    encoding: fc.constant(null),
    action: fc.constant("own" as const),
    origin: fc.constant("ours" as const),
    cookie: fc.constantFrom("none", "fake", "pending", "supporter", "admin", "admin"),
    rsc: fc.constant("none" as const),
    foreignHost: fc.constant(false),
    forwarded: fc.constant(null),
  });

const shapes = (actionIds: string[]): fc.Arbitrary<Shape> =>
  fc.record({
    method: fc.oneof({ arbitrary: fc.constant("POST"), weight: 8 }, { arbitrary: fc.constantFrom("GET", "HEAD", "DELETE", "PUT", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "CONNECTX"), weight: 3 }),
    suffix: fc.constantFrom("", "", "", "/", "?x=%ZZ", "?locale=ug", "?token=%00", "?token=" + "a".repeat(64), "/%E0%A4%A", "/..%2f..%2fadmin", "?callbackUrl=https://evil.example", "%00", "/anonymous/1"),
    body: bodies(actionIds),
    contentType: fc.constantFrom("as-body", "as-body", "as-body", "none", "json", "garbage", "multipart-no-boundary"),
    encoding: fc.constantFrom(null, null, null, "gzip", "br", "x-bogus"),
    action: fc.constantFrom("own", "own", "own", "forged", "garbage", "none"),
    origin: fc.constantFrom("ours", "ours", "ours", "evil", "null", "none"),
    cookie: fc.constantFrom("none", "fake", "nul", "pending", "supporter", "admin"),
    rsc: fc.constantFrom("none", "none", "rsc", "bad-tree", "prefetch"),
    foreignHost: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    forwarded: fc.constantFrom(null, null, "203.0.113.9, 10.0.0.1", "not-an-ip", "unknown, ::1"),
  });

function request(target: Target, shape: Shape, cookies: { supporter: string; admin: string }) {
  const headers: Record<string, string> = { host: shape.foreignHost ? "evil.example" : host, accept: target.kind === "action" ? "text/x-component" : "*/*" };
  const type = { "as-body": shape.body.type, none: undefined, json: "application/json", garbage: "a/b; c=\u00e9", "multipart-no-boundary": "multipart/form-data" }[shape.contentType];
  if (type) headers["content-type"] = type;
  if (shape.encoding) headers["content-encoding"] = shape.encoding;
  if (target.kind === "action" || shape.action === "garbage") {
    const id = { own: target.actionId, forged: "7f" + "0".repeat(38) + "ab", garbage: "../../x", none: undefined }[shape.action];
    if (id) headers["next-action"] = id;
  }
  if (shape.origin !== "none") headers.origin = { ours: baseURL, evil: "https://evil.example", null: "null" }[shape.origin];
  const signedIn = shape.cookie === "supporter" || shape.cookie === "admin";
  const cookie = signedIn && !target.signedInAllowed ? "fake" : shape.cookie;
  const cookieHeader = {
    none: undefined,
    fake: "authjs.session-token=made-up-session-token-0123456789",
    nul: "authjs.session-token=abc%00def; pending-signature=%00",
    pending: "pending-signature=eyJ4IjoxfQ.AAAA; signin-browser=x; signin-return=%2F%2Fevil.example",
    supporter: `authjs.session-token=${cookies.supporter}`,
    admin: `authjs.session-token=${cookies.admin}`,
  }[cookie];
  if (cookieHeader) headers.cookie = cookieHeader;
  if (shape.rsc !== "none") headers.rsc = "1";
  if (shape.rsc === "bad-tree") headers["next-router-state-tree"] = "%7B%22not%22%3A%5Bjson";
  if (shape.rsc === "prefetch") headers["next-router-prefetch"] = "1";
  if (shape.forwarded) headers["x-forwarded-for"] = shape.forwarded;
  const hasBody = shape.body.bytes.length > 0;
  return { method: shape.method, path: `${target.path}${shape.suffix}`.replace(/^\/\//, "/"), headers, body: hasBody ? shape.body.bytes : undefined };
}

// ---------- what must not change ----------

// Every table of the schema is compared row for row, but these: counted only, because
// background jobs touch them (the outbox's worker); compared for the fuzz's own rows only
// (sessions, whose staff rows note their last request); or left out, because reads write there
// by design (the hourly public breakdown, computed when a page first asks for it) or refused
// requests do (rate-limit windows, security events).
const COUNTED_TABLES = ["EmailOutbox", "VerificationToken"];
const NOT_COMPARED = ["Session", "RateLimit", "SecurityEvent", "PublicBreakdown", "_prisma_migrations"];

async function snapshot(db: PrismaClient, ownSessions: string[]) {
  const state: Record<string, string> = {};
  const tables = (await db.$queryRaw<{ name: string }[]>`SELECT table_name::text AS "name" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
    .map((t) => t.name)
    .filter((name) => !NOT_COMPARED.includes(name) && !COUNTED_TABLES.includes(name));
  for (const table of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number; sum: string | null }[]>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM "${table}" t`);
    state[table] = `${row?.n}:${row?.sum}`;
  }
  for (const table of COUNTED_TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    state[table] = String(row?.n);
  }
  const sessions = await db.session.findMany({ where: { userId: { in: ownSessions } }, select: { sessionToken: true, userId: true, expires: true }, orderBy: { sessionToken: "asc" } });
  state.Session = JSON.stringify(sessions);
  return state;
}

test("fuzz: hostile requests to every route, Server Action and page get no 5xx and change nothing", async ({ db }, testInfo) => {
  test.setTimeout(600_000);
  const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "special-coordinator-east-turkistan" } });
  const all = targets({ slug: campaign.slug, campaignId: campaign.id });
  const actionIds = all.flatMap((t) => (t.actionId ? [t.actionId] : []));
  expect(all.filter((t) => t.kind === "action").length).toBeGreaterThanOrEqual(10);
  expect(all.filter((t) => t.kind === "route").length).toBeGreaterThanOrEqual(7);
  const supporter = await db.user.create({ data: { email: uniqueEmail("fuzz-supporter") } });
  const admin = await db.user.create({ data: { email: uniqueEmail("fuzz-admin"), role: "ADMIN" } });
  const cookies = { supporter: await createSession(db, supporter.id), admin: await createSession(db, admin.id) };
  const before = await snapshot(db, [supporter.id, admin.id]);

  // Two in three cases vary everything (most are refused at the door); one in three is a
  // well-formed envelope with a hostile inside.
  const cases = fc.sample(fc.tuple(fc.constantFrom(...all), fc.oneof({ arbitrary: shapes(actionIds), weight: 2 }, { arbitrary: deepShapes(actionIds), weight: 1 })), { numRuns: RUNS, seed: SEED });
  const statuses = new Map<string, number>();
  const serverErrors: string[] = [];
  // Node's own HTTP parser answers a method it does not know with 400 and closes the connection,
  // and a body refused at the door beyond what it reads is cut off: the client may see the
  // connection end rather than the answer. Counted by method and size, to show which.
  const closedByServer = new Map<string, number>();
  const started = Date.now();
  for (const [i, [target, shape]] of cases.entries()) {
    const spec = request(target, shape, cookies);
    const response: RawResponse | null = await rawRequest(port, { address: "localhost", ...spec }).catch(() => null);
    if (!response) {
      const key = `${spec.method}${(spec.body?.length ?? 0) > 1024 * 1024 ? " with a body over 1 MB" : ""}`;
      closedByServer.set(key, (closedByServer.get(key) ?? 0) + 1);
      if (process.env.FUZZ_DEBUG) console.log("closed:", spec.method, spec.path, JSON.stringify(spec.headers), spec.body?.length);
      continue;
    }
    statuses.set(String(response.status), (statuses.get(String(response.status)) ?? 0) + 1);
    if (response.status >= 500) {
      serverErrors.push(`${response.status} ${target.kind} ${target.name}: ${spec.method} ${spec.path} ${JSON.stringify({ ...spec.headers, cookie: shape.cookie })} body(${spec.body?.length ?? 0})=${JSON.stringify(spec.body?.subarray(0, 160).toString("latin1") ?? "")}`);
    }
    // Still up, every so often.
    if (i % 250 === 0) expect((await rawRequest(port, { address: "localhost", path: "/api/campaigns", headers: { host } })).status, `up after ${i} requests`).toBe(200);
  }
  const seconds = (Date.now() - started) / 1000;

  const up = await rawRequest(port, { address: "localhost", path: "/api/campaigns", headers: { host } });
  const after = await snapshot(db, [supporter.id, admin.id]);
  const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
  const byKind = (kind: Target["kind"]) => all.filter((t) => t.kind === kind).length;
  const summary = [
    `fuzz (seed ${SEED}): ${cases.length} requests in ${seconds.toFixed(1)} s to ${all.length} targets (${byKind("route")} route handlers, ${byKind("action")} Server Actions, ${byKind("page")} pages)`,
    `statuses: ${[...statuses.entries()].sort().map(([s, n]) => `${s}×${n}`).join(", ")}`,
    `connections the server closed before the client read an answer: ${[...closedByServer.entries()].map(([k, n]) => `${k} ×${n}`).join(", ") || "none"}`,
    `5xx: ${serverErrors.length}; rows changed: ${changed.length ? changed.join(", ") : "none"}; app up afterwards: ${up.status === 200 ? "yes" : `no (${up.status})`}`,
  ].join("\n");
  console.log(`\n${summary}\n`);
  await testInfo.attach("fuzz-summary.txt", { body: `${summary}\n${serverErrors.join("\n")}`, contentType: "text/plain" });
  expect(serverErrors.slice(0, 20), `${serverErrors.length} answers were 5xx`).toEqual([]);
  expect(changed, "tables whose rows changed").toEqual([]);
  expect(up.status).toBe(200);
});
