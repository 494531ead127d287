import "server-only";
import NextAuth from "next-auth";
import { db } from "@/lib/server/db";
import { authAdapter } from "./adapter";
import { sendSignInEmail } from "./sign-in-email";

const DAY = 24 * 60 * 60;

function adminEmails(): Set<string> {
  return new Set(
    (process.env.ADMIN_EMAILS ?? "")
      .split(",")
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
  );
}

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
      from: process.env.EMAIL_FROM ?? "Campaign updates <no-reply@localhost>",
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
      if (user.id && user.email && adminEmails().has(user.email.toLowerCase())) {
        await db.user.updateMany({ where: { id: user.id, role: { not: "ADMIN" } }, data: { role: "ADMIN" } });
      }
    },
  },
});
