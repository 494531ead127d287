import "server-only";
import type { Adapter, AdapterSession } from "next-auth/adapters";
import { hashSessionToken, isSessionTokenShaped } from "@/lib/auth/session-token";
import { db } from "@/lib/server/db";
import { SESSION_LIMITS, sessionStillValid } from "./sessions";
import { bindToThisBrowser } from "./sign-in-binding";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

const USER = { id: true, email: true, emailVerified: true, name: true, image: true } as const;

// Auth.js's database adapter, written against our schema: sessions live in PostgreSQL (so they
// can be revoked), found by the hash of their token (the token itself is only ever in the
// browser's cookie), and never extended; magic-link tokens are found by their hash alone, so
// the link in the email does not carry the address.
export const authAdapter: Adapter = {
  async createUser({ email, emailVerified, name, image }) {
    return db.user.create({ data: { email: email.toLowerCase(), emailVerified, name, image }, select: USER });
  },
  async getUser(id) {
    return db.user.findUnique({ where: { id }, select: USER });
  },
  async getUserByEmail(email) {
    return db.user.findUnique({ where: { email: email.toLowerCase() }, select: USER });
  },
  async getUserByAccount({ provider, providerAccountId }) {
    const account = await db.account.findUnique({
      where: { provider_providerAccountId: { provider, providerAccountId } },
      select: { user: { select: USER } },
    });
    return account?.user ?? null;
  },
  async updateUser({ id, emailVerified, name, image }) {
    return db.user.update({ where: { id }, data: { emailVerified, name, image }, select: USER });
  },
  // Auth.js hands over the new token and puts what this returns into the cookie: the token goes
  // back to it, its hash into the database. Staff sessions end 12 hours after sign-in.
  async createSession({ sessionToken, userId, expires }) {
    const now = Date.now();
    const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
    const ends = user && user.role !== "SUPPORTER" ? new Date(Math.min(expires.getTime(), now + SESSION_LIMITS.staffMs)) : expires;
    await db.session.create({ data: { sessionToken: hashSessionToken(sessionToken), userId, expires: ends, lastSeenAt: new Date(now) } });
    return { sessionToken, userId, expires: ends };
  },
  async getSessionAndUser(sessionToken) {
    if (!isSessionTokenShaped(sessionToken)) return null;
    const row = await db.session.findUnique({
      where: { sessionToken: hashSessionToken(sessionToken) },
      select: { userId: true, expires: true, lastSeenAt: true, createdAt: true, user: { select: { ...USER, role: true } } },
    });
    if (!row || !sessionStillValid({ role: row.user.role, expires: row.expires, signedInAt: row.createdAt, lastSeenAt: row.lastSeenAt }, Date.now())) return null;
    const { role: _role, ...user } = row.user;
    return { session: { sessionToken, userId: row.userId, expires: row.expires }, user };
  },
  // Nothing extends a session by being called (Auth.js calls this from its session endpoint).
  async updateSession({ sessionToken }): Promise<AdapterSession | null> {
    if (!isSessionTokenShaped(sessionToken)) return null;
    const row = await db.session.findUnique({ where: { sessionToken: hashSessionToken(sessionToken) }, select: { userId: true, expires: true } });
    return row ? { sessionToken, userId: row.userId, expires: row.expires } : null;
  },
  async deleteSession(sessionToken) {
    if (!isSessionTokenShaped(sessionToken)) return;
    await db.session.deleteMany({ where: { sessionToken: hashSessionToken(sessionToken) } });
  },
  // A new link voids the earlier unused ones for the address (one at a time can be live), and
  // is bound to the browser asking for it (./sign-in-binding.ts). The lock keeps two requests
  // at once from both surviving.
  async createVerificationToken({ identifier, token, expires }) {
    const email = identifier.toLowerCase();
    const browserHash = await bindToThisBrowser();
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtextextended(${`sign-in-link:${email}`}, 0))`;
      await tx.verificationToken.deleteMany({ where: { identifier: email } });
      await tx.verificationToken.create({ data: { identifier: email, token, expires, browserHash } });
    });
    await recordSecurityEvent({ kind: "signin.link-requested", subject: email });
    return { identifier: email, token, expires };
  },
  async useVerificationToken({ token }) {
    // Deleting is what makes a link single-use: of two concurrent uses, one gets the row.
    const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
      DELETE FROM "VerificationToken" WHERE "token" = ${token} RETURNING "identifier", "token", "expires"`;
    return rows[0] ?? null;
  },
};
