import { randomBytes } from "node:crypto";
import { test as base, expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { hashSessionToken, newSessionToken } from "../lib/auth/session-token";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { baseURL, MAILBOX_URL } from "../playwright.config";
import { e2eDb } from "./db";

type Mail = { to: string[]; subject: string; text: string; headers: Record<string, string>; date: string };

export class Mailbox {
  async messagesTo(address: string): Promise<Mail[]> {
    const response = await fetch(`${MAILBOX_URL}/messages?to=${encodeURIComponent(address)}`);
    return (await response.json()) as Mail[];
  }

  // The newest message to an address, waiting for it to arrive (after `already` earlier ones).
  async waitForMessage(address: string, already = 0): Promise<Mail> {
    let messages: Mail[] = [];
    await expect
      .poll(async () => (messages = await this.messagesTo(address)).length, { timeout: 15_000, message: `an email to ${address}` })
      .toBeGreaterThan(already);
    return messages[messages.length - 1]!;
  }

  static signInLink(mail: Mail): string {
    const link = /https?:\/\/\S+\/signin\/confirm\?\S+/.exec(mail.text)?.[0];
    if (!link) throw new Error(`no sign-in link in: ${mail.text}`);
    return link;
  }
}

// A unique address per test, so tests never see each other's mail or rows.
export function uniqueEmail(label: string) {
  return `${label}-${randomBytes(4).toString("hex")}@e2e.test`;
}

// Press a button that posts a form to a Server Action and wait for the action's answer, so the
// change is saved before the test looks elsewhere. (A notice such as "Saved." can still be on
// the page from the save before, so waiting for it alone is a race.)
export async function submitAndWait(page: Page, button: Locator) {
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  await button.click();
  await answered;
}

// A unique campaign address per test run, so the suite can be repeated (--repeat-each) on one database.
export function uniqueSlug(label: string) {
  return `${label}-${randomBytes(3).toString("hex")}`;
}

// The real path: the sign-in form, the email through SMTP, the link, the button.
export async function signInByEmail(page: Page, mailbox: Mailbox, email: string) {
  const before = (await mailbox.messagesTo(email)).length;
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await mailbox.waitForMessage(email, before);
  await page.goto(Mailbox.signInLink(mail));
  await expect(page.getByRole("heading", { name: "Confirm sign-in" })).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
}

// A session row written directly, as Auth.js does after a real sign-in: the database keeps only
// the token's hash; the token itself goes into the cookie.
export async function createSession(db: PrismaClient, userId: string, { expires = new Date(Date.now() + 86_400_000), lastSeenAt = new Date(), createdAt = new Date() } = {}) {
  const sessionToken = newSessionToken();
  await db.session.create({ data: { sessionToken: hashSessionToken(sessionToken), userId, expires, lastSeenAt, createdAt } });
  return sessionToken;
}

// A shortcut for tests about something else: the user and a session row written directly,
// and the session cookie set, as Auth.js would after a real sign-in.
export async function loginAs(db: PrismaClient, context: BrowserContext, email: string, role: "SUPPORTER" | "EDITOR" | "ADMIN" = "SUPPORTER") {
  const user = await db.user.upsert({ where: { email }, update: { role }, create: { email, role, emailVerified: new Date() } });
  const sessionToken = await createSession(db, user.id);
  await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return { user, sessionToken };
}

export const test = base.extend<{ mailbox: Mailbox }, { db: PrismaClient }>({
  // Playwright calls the second argument `use`; named otherwise so the React hooks lint leaves it be.
  mailbox: async ({}, provide) => provide(new Mailbox()),
  db: [
    async ({}, provide) => {
      const db = e2eDb();
      await provide(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
});

export { expect };
