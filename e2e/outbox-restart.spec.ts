// "Restarting the app while an update goes to 500 followers delivers it to each exactly once."
// Real processes: the production build started as `npm start` does (scripts/with-db.ts), a real
// SMTP server, a database of its own, and a SIGTERM while the outbox is sending.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { recipientsOf, startSmtpServer, type SmtpCatcher } from "../test/smtp-server";
import { e2eDatabaseUrl } from "./db";
import { expect, loginAs, test } from "./fixtures";
import { bin, freePort, run, startApp, stopApp, waitUntilServing, type App } from "./processes";

const FOLLOWERS = 500;

test("restarting the app mid-send delivers an update to each of 500 followers exactly once", async ({ browser }, testInfo) => {
  test.setTimeout(150_000);
  const adminUrl = e2eDatabaseUrl();
  const name = `restart_${randomBytes(4).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  let smtp: SmtpCatcher | undefined;
  let app: App | undefined;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const logs: string[] = [];
  try {
    await run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: databaseUrl });
    smtp = await startSmtpServer();
    const port = await freePort();
    const appUrl = `http://localhost:${port}`;
    const env = {
      DATABASE_URL: databaseUrl,
      AUTH_URL: appUrl,
      AUTH_SECRET: "restart-test-secret-0123456789abcdef",
      EMAIL_SERVER: smtp.url,
      EMAIL_FROM: "Campaign updates <updates@localhost>",
      ADMIN_EMAILS: "",
      NEXT_TELEMETRY_DISABLED: "1",
    };

    const campaign = await db.campaign.create({
      data: { slug: "restart-campaign", status: "OPEN", title: "Restart campaign", summary: "A demand.", body: "Body", goal: 1000 },
    });
    const emails = Array.from({ length: FOLLOWERS }, (_, i) => `follower-${i}@restart.test`);
    await db.user.createMany({ data: emails.map((email) => ({ email })) });
    const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
    await db.follow.createMany({ data: users.map((u) => ({ userId: u.id, campaignId: campaign.id })) });

    app = startApp(port, env);
    await waitUntilServing(appUrl);

    // An editor posts the update through the admin page.
    const context = await browser.newContext({ baseURL: appUrl });
    await loginAs(db, context, "editor@restart.test", "EDITOR");
    const page = await context.newPage();
    await page.goto("/admin/updates");
    await page.getByLabel("Campaign").selectOption({ label: "Restart campaign" });
    await page.getByLabel("Title").fill("Restart update");
    await page.getByLabel("Text").fill("Sent across a restart.");
    await page.getByRole("button", { name: "Post and email followers" }).click();
    await expect(page.getByText(`Posted. ${FOLLOWERS} followers will get an email.`)).toBeVisible();
    await context.close();

    // Some, not all, have arrived: the worker is in the middle of sending. Restart now.
    await expect.poll(() => smtp!.messages.length, { timeout: 30_000, intervals: [50] }).toBeGreaterThanOrEqual(20);
    app.process.kill("SIGTERM");
    const code = await app.exited;
    logs.push(app.log());
    app = undefined;
    expect(code).toBe(143);

    // A graceful stop: every email that reached the server is marked sent, no row is left leased.
    const arrivedBeforeRestart = smtp.messages.length;
    expect(arrivedBeforeRestart).toBeLessThan(FOLLOWERS);
    expect(await db.emailOutbox.count({ where: { status: "SENT" } })).toBe(arrivedBeforeRestart);
    expect(await db.emailOutbox.count({ where: { lockedUntil: { not: null } } })).toBe(0);

    app = startApp(port, env);
    await waitUntilServing(appUrl);
    await expect.poll(() => db.emailOutbox.count({ where: { status: "SENT" } }), { timeout: 90_000, intervals: [250] }).toBe(FOLLOWERS);
    // Each row is marked after its send: once all are marked, every message has arrived.
    expect(smtp.messages).toHaveLength(FOLLOWERS);
    expect(new Set(smtp.messages.flatMap(recipientsOf))).toEqual(new Set(emails));
  } finally {
    if (app) {
      await stopApp(app);
      logs.push(app.log());
    }
    await testInfo.attach("app.log", { body: logs.join("\n----- restart -----\n"), contentType: "text/plain" });
    await smtp?.stop();
    await db.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
});
