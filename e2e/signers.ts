// Signers made for a test: each a new account with a session, signing through the real JSON
// endpoint (the same rules and statement as the form).
import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { baseURL } from "../playwright.config";
import { expect, uniqueEmail } from "./fixtures";

export type SignerFields = { country?: string; showName?: boolean; displayName?: string; comment?: string; follow?: boolean };

export async function newSession(db: PrismaClient, label: string, role: "SUPPORTER" | "EDITOR" | "ADMIN" = "SUPPORTER") {
  const user = await db.user.create({ data: { email: uniqueEmail(label), role, emailVerified: new Date() } });
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
  return { user, sessionToken, cookie: `authjs.session-token=${sessionToken}` };
}

export async function signAs(request: APIRequestContext, cookie: string, slug: string, fields: SignerFields = {}) {
  const response = await request.post(`/api/campaigns/${slug}/signature`, {
    headers: { cookie, origin: baseURL },
    data: { showName: false, follow: false, ...fields },
  });
  expect(response.status(), await response.text()).toBe(200);
}

// `n` new signers from one country (or none), one after another.
export async function signMany(request: APIRequestContext, db: PrismaClient, slug: string, n: number, fields: SignerFields = {}) {
  for (let i = 0; i < n; i++) {
    const { cookie } = await newSession(db, `signer-${fields.country ?? "none"}`);
    await signAs(request, cookie, slug, fields);
  }
}

// A session that began `hours` ago (the sign-in time is the session row's creation).
export async function ageSession(db: PrismaClient, sessionToken: string, hours: number) {
  await db.session.update({ where: { sessionToken }, data: { createdAt: new Date(Date.now() - hours * 3_600_000) } });
}
