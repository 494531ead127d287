import "server-only";
import type { Adapter, AdapterSession } from "next-auth/adapters";
import { db } from "@/lib/server/db";

const USER = { id: true, email: true, emailVerified: true, name: true, image: true } as const;
const SESSION = { sessionToken: true, userId: true, expires: true } as const;

// Auth.js's database adapter, written against our schema: sessions live in PostgreSQL (so they
// can be revoked), and magic-link tokens are found by their hash
// alone, so the link in the email does not carry the address.
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
  async createSession(session) {
    return db.session.create({ data: session, select: SESSION });
  },
  async getSessionAndUser(sessionToken) {
    const row = await db.session.findUnique({ where: { sessionToken }, select: { ...SESSION, user: { select: USER } } });
    if (!row) return null;
    const { user, ...session } = row;
    return { session, user };
  },
  async updateSession({ sessionToken, expires }): Promise<AdapterSession | null> {
    const updated = await db.session.updateMany({ where: { sessionToken }, data: { expires } });
    if (updated.count === 0) return null;
    return db.session.findUnique({ where: { sessionToken }, select: SESSION });
  },
  async deleteSession(sessionToken) {
    await db.session.deleteMany({ where: { sessionToken } });
  },
  async createVerificationToken({ identifier, token, expires }) {
    return db.verificationToken.create({ data: { identifier: identifier.toLowerCase(), token, expires } });
  },
  async useVerificationToken({ token }) {
    // Deleting is what makes a link single-use: of two concurrent uses, one gets the row.
    const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
      DELETE FROM "VerificationToken" WHERE "token" = ${token} RETURNING "identifier", "token", "expires"`;
    return rows[0] ?? null;
  },
};
