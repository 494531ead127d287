import { beforeEach, describe, expect, it } from "vitest";
import { hashSessionToken, newSessionToken } from "@/lib/auth/session-token";
import { db, resetDatabase } from "@/test/db";
import { authAdapter } from "./adapter";
import { deleteExpiredSessions } from "@/lib/server/retention/tasks/delete-expired-sessions";
import { findSession, SESSION_LIMITS } from "./sessions";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

async function user(role: "SUPPORTER" | "EDITOR" | "ADMIN" = "SUPPORTER") {
  return db.user.create({ data: { email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.org`, role } });
}

// A session as the adapter makes it at sign-in, `agoMs` ago.
async function signedIn(userId: string, { agoMs = 0, idleMs = 0 } = {}) {
  const token = newSessionToken();
  const now = Date.now();
  await authAdapter.createSession!({ sessionToken: token, userId, expires: new Date(now + SESSION_LIMITS.supporterMs) });
  await db.session.update({
    where: { sessionToken: hashSessionToken(token) },
    data: { createdAt: new Date(now - agoMs), lastSeenAt: new Date(now - idleMs) },
  });
  return token;
}

describe("sessions", () => {
  beforeEach(resetDatabase);

  it("are stored only as the hash of the token the browser holds", async () => {
    const { id } = await user();
    const token = newSessionToken();
    const created = await authAdapter.createSession!({ sessionToken: token, userId: id, expires: new Date(Date.now() + DAY) });
    expect(created.sessionToken).toBe(token);
    const rows = await db.session.findMany({ where: { userId: id } });
    expect(rows.map((r) => r.sessionToken)).toEqual([hashSessionToken(token)]);
    expect(JSON.stringify(await db.$queryRawUnsafe(`SELECT * FROM "Session"`))).not.toContain(token);
    // The stored hash is no session: presenting it as a cookie signs nobody in.
    expect(await findSession(hashSessionToken(token))).toBeNull();
    expect(await findSession(token)).toMatchObject({ id, role: "SUPPORTER" });
  });

  it("last 30 days from sign-in for supporters, and nothing extends them", async () => {
    const { id } = await user();
    const fresh = await signedIn(id, { agoMs: 29 * DAY, idleMs: 29 * DAY });
    expect(await findSession(fresh)).not.toBeNull();
    const old = await signedIn(id, { agoMs: 31 * DAY });
    expect(await findSession(old)).toBeNull();
    // What Auth.js's session endpoint calls to "extend" a session moves nothing.
    const before = await db.session.findUniqueOrThrow({ where: { sessionToken: hashSessionToken(fresh) } });
    await authAdapter.updateSession!({ sessionToken: fresh, expires: new Date(Date.now() + 365 * DAY) });
    const after = await db.session.findUniqueOrThrow({ where: { sessionToken: hashSessionToken(fresh) } });
    expect(after.expires).toEqual(before.expires);
    expect(after.lastSeenAt).toEqual(before.lastSeenAt);
  });

  it("end for staff after 30 minutes without a request, or 12 hours after sign-in", async () => {
    const editor = await user("EDITOR");
    expect(await findSession(await signedIn(editor.id, { agoMs: 2 * HOUR, idleMs: 29 * MINUTE }))).toMatchObject({ role: "EDITOR" });
    expect(await findSession(await signedIn(editor.id, { agoMs: 2 * HOUR, idleMs: 31 * MINUTE }))).toBeNull();
    expect(await findSession(await signedIn(editor.id, { agoMs: 12 * HOUR + MINUTE, idleMs: 0 }))).toBeNull();
    // A staff session is made to end 12 hours after sign-in.
    const admin = await user("ADMIN");
    const token = newSessionToken();
    const session = await authAdapter.createSession!({ sessionToken: token, userId: admin.id, expires: new Date(Date.now() + 30 * DAY) });
    expect(session.expires.getTime() - Date.now()).toBeLessThanOrEqual(SESSION_LIMITS.staffMs);
  });

  it("note a staff member's requests at most once a minute", async () => {
    const { id } = await user("ADMIN");
    const token = await signedIn(id, { agoMs: HOUR, idleMs: 10 * MINUTE });
    const seen = async () => (await db.session.findUniqueOrThrow({ where: { sessionToken: hashSessionToken(token) } })).lastSeenAt.getTime();
    await findSession(token);
    const first = await seen();
    expect(Date.now() - first).toBeLessThan(MINUTE);
    await findSession(token);
    await findSession(token);
    expect(await seen()).toBe(first);
    // A supporter's requests are not written at all: their session has no idle limit.
    const supporter = await user();
    const supporterToken = await signedIn(supporter.id, { idleMs: 10 * MINUTE });
    await findSession(supporterToken);
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken: hashSessionToken(supporterToken) } });
    expect(Date.now() - row.lastSeenAt.getTime()).toBeGreaterThan(9 * MINUTE);
  });

  it("look nothing up for a cookie that is no token (a NUL, a megabyte)", async () => {
    for (const token of ["", "abc\u0000def0123456789", "x".repeat(1_000_000), "a b c d e f g h i j"]) expect(await findSession(token)).toBeNull();
  });

  it("that have ended are deleted by the retention schedule, and only those", async () => {
    const supporter = await user();
    const editor = await user("EDITOR");
    const live = await signedIn(supporter.id, { agoMs: DAY });
    await signedIn(supporter.id, { agoMs: 31 * DAY });
    await signedIn(editor.id, { agoMs: HOUR, idleMs: 40 * MINUTE });
    const liveStaff = await signedIn(editor.id, { agoMs: HOUR, idleMs: MINUTE });
    expect(await deleteExpiredSessions({ tx: db, dryRun: false })).toBe(2);
    expect((await db.session.findMany()).map((s) => s.sessionToken).sort()).toEqual([hashSessionToken(live), hashSessionToken(liveStaff)].sort());
  });
});

describe("sign-in links", () => {
  beforeEach(resetDatabase);

  it("void the earlier unused ones for the same address, and leave a security event", async () => {
    const expires = new Date(Date.now() + 30 * MINUTE);
    await authAdapter.createVerificationToken!({ identifier: "Person@Example.org", token: "first-hash", expires });
    await authAdapter.createVerificationToken!({ identifier: "other@example.org", token: "other-hash", expires });
    await authAdapter.createVerificationToken!({ identifier: "person@example.org", token: "second-hash", expires });
    expect((await db.verificationToken.findMany({ orderBy: { token: "asc" } })).map((t) => [t.identifier, t.token])).toEqual([
      ["other@example.org", "other-hash"],
      ["person@example.org", "second-hash"],
    ]);
    expect(await authAdapter.useVerificationToken!({ identifier: "person@example.org", token: "first-hash" })).toBeNull();
    const events = await db.securityEvent.findMany({ where: { kind: "signin.link-requested" } });
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events)).not.toMatch(/example\.org/i);
  });

  it("asked for at the same moment leave one live link", async () => {
    const expires = new Date(Date.now() + 30 * MINUTE);
    await Promise.all(Array.from({ length: 10 }, (_, i) => authAdapter.createVerificationToken!({ identifier: "race@example.org", token: `hash-${i}`, expires })));
    expect(await db.verificationToken.count({ where: { identifier: "race@example.org" } })).toBe(1);
  });
});
