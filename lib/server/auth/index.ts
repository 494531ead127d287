import "server-only";
import NextAuth from "next-auth";
import { config } from "@/lib/server/config";
import { db } from "@/lib/server/db";
import { authAdapter } from "./adapter";
import { sendSignInEmail } from "./sign-in-email";

const DAY = 24 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: authAdapter,
  // Database sessions: signing out of every device deletes rows, and takes effect at once.
  // A session lasts 30 days from sign-in (getViewer reads it without extending it).
  session: { strategy: "database", maxAge: 30 * DAY },
  trustHost: true,
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      from: config().email.from,
      maxAge: DAY,
      sendVerificationRequest: sendSignInEmail,
      normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
      options: {},
    },
  ],
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  events: {
    async signIn({ user }) {
      // Accounts listed in ADMIN_EMAILS become admins when they sign in.
      if (user.id && user.email && config().auth.adminEmails.includes(user.email.toLowerCase())) {
        await db.user.updateMany({ where: { id: user.id, role: { not: "ADMIN" } }, data: { role: "ADMIN" } });
      }
    },
  },
});
