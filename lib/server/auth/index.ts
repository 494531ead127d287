import "server-only";
import NextAuth from "next-auth";
import { newSessionToken } from "@/lib/auth/session-token";
import { config } from "@/lib/server/config";
import { db } from "@/lib/server/db";
import { cookieName } from "@/lib/server/security/cookie-names";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { authAdapter } from "./adapter";
import { SESSION_LIMITS } from "./sessions";
import { SIGN_IN_LINK_MINUTES } from "./sign-in-binding";
import { sendSignInEmail } from "./sign-in-email";

const secure = config().auth.secureCookies;

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: authAdapter,
  secret: config().auth.secret,
  // Every URL Auth.js builds comes from AUTH_URL, which server.ts sets from the settings before
  // anything loads: the request's Host and X-Forwarded-Host never count, so trusting "the host"
  // here means trusting the configured origin.
  trustHost: true,
  // Database sessions: signing out of every device deletes rows, and takes effect at once. How
  // long they last, and that nothing extends them: lib/server/auth/find-session.ts.
  session: {
    strategy: "database",
    maxAge: SESSION_LIMITS.supporterMs / 1000,
    updateAge: SESSION_LIMITS.supporterMs / 1000,
    generateSessionToken: newSessionToken,
  },
  useSecureCookies: secure,
  cookies: {
    sessionToken: { name: cookieName("authjs.session-token"), options: { httpOnly: true, sameSite: "lax", path: "/", secure } },
  },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      from: config().email.from,
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      sendVerificationRequest: sendSignInEmail,
      normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
      options: {},
    },
  ],
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  events: {
    async signIn({ user }) {
      if (!user.id || !user.email) return;
      // Accounts listed in ADMIN_EMAILS become admins when they sign in.
      if (config().auth.adminEmails.includes(user.email.toLowerCase())) {
        const promoted = await db.user.updateMany({ where: { id: user.id, role: { not: "ADMIN" } }, data: { role: "ADMIN" } });
        if (promoted.count > 0) await recordSecurityEvent({ kind: "role.changed", subject: user.email, detail: "ADMIN (ADMIN_EMAILS)" });
      }
      await recordSecurityEvent({ kind: "signin.link-used", subject: user.email });
      const account = await db.user.findUnique({ where: { id: user.id }, select: { role: true } });
      if (account && account.role !== "SUPPORTER") await recordSecurityEvent({ kind: "staff.signin", subject: user.email, detail: account.role });
    },
  },
});
