import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db, resetDatabase } from "@/test/db";
import { rawHeaders, recipientsOf, startSmtpServer, type SmtpCatcher } from "@/test/smtp-server";
import { drainOutbox, enqueueEmail, enqueueEmails, startOutboxWorker, type OutboxEmail } from "./outbox";

function email(n: number, extra: Partial<OutboxEmail> = {}): OutboxEmail {
  return { dedupeKey: `update-1:reader-${n}`, to: `reader-${n}@example.org`, subject: "Campaign update", text: `Hello ${n}`, ...extra };
}

const rows = () => db.emailOutbox.findMany({ orderBy: { to: "asc" } });
const countSent = () => db.emailOutbox.count({ where: { status: "SENT" } });
const distinctRecipients = (smtp: SmtpCatcher) => new Set(smtp.messages.flatMap(recipientsOf)).size;

// Makes every row due now, as if its backoff had passed.
const makeDue = () => db.$executeRaw`UPDATE "EmailOutbox" SET "nextAttemptAt" = now() AT TIME ZONE 'UTC'`;

describe("email outbox", () => {
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    await resetDatabase();
    smtp.clear();
    vi.stubEnv("EMAIL_SERVER", smtp.url);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("enqueues once per dedupeKey, and a second call changes nothing", async () => {
    expect(await enqueueEmail(email(1))).toBe(true);
    expect(await enqueueEmail(email(1, { subject: "Changed", text: "Changed" }))).toBe(false);
    const [row, ...others] = await rows();
    expect(others).toHaveLength(0);
    expect(row).toMatchObject({ subject: "Campaign update", text: "Hello 1", status: "PENDING", attempts: 0 });
  });

  it("enqueues large batches in chunks, skipping keys already queued", async () => {
    await enqueueEmail(email(7));
    const batch = Array.from({ length: 2500 }, (_, i) => email(i));
    expect(await enqueueEmails(batch)).toBe(2499);
    expect(await enqueueEmails(batch)).toBe(0);
    expect(await db.emailOutbox.count()).toBe(2500);
  });

  it("enqueues inside the caller's transaction, and rolls back with it", async () => {
    await db.$transaction(async (tx) => {
      await enqueueEmail(email(1), tx);
      await enqueueEmails([email(2), email(3)], tx);
    });
    const failed = db.$transaction(async (tx) => {
      await enqueueEmail(email(4), tx);
      throw new Error("the caller's work failed");
    });
    await expect(failed).rejects.toThrow("the caller's work failed");
    expect((await rows()).map((r) => r.to)).toEqual(["reader-1@example.org", "reader-2@example.org", "reader-3@example.org"]);
  });

  it("sends each queued email once, with its headers, and marks it sent", async () => {
    const headers = { "List-Unsubscribe": "<https://campaigns.example.org/u/abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
    await enqueueEmails([email(1, { headers, html: "<p>Hello 1</p>" }), email(2), email(3)]);
    expect(await drainOutbox()).toEqual({ sent: 3, retried: 0, failed: 0 });
    expect(await drainOutbox()).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(smtp.messages).toHaveLength(3);
    const first = await smtp.waitForMessage((m) => recipientsOf(m).includes("reader-1@example.org"));
    expect(first.subject).toBe("Campaign update");
    expect(first.html).toContain("<p>Hello 1</p>");
    expect(rawHeaders(first)).toMatchObject({ "list-unsubscribe": headers["List-Unsubscribe"] });
    for (const row of await rows()) {
      expect(row).toMatchObject({ status: "SENT", lockedUntil: null, attempts: 0 });
      expect(row.sentAt).toBeInstanceOf(Date);
    }
  });

  it("leaves alone rows that are not yet due or are leased by another drainer", async () => {
    await enqueueEmails([email(1), email(2)]);
    const inAMinute = new Date(Date.now() + 60_000);
    await db.emailOutbox.update({ where: { dedupeKey: email(1).dedupeKey }, data: { nextAttemptAt: inAMinute } });
    await db.emailOutbox.update({ where: { dedupeKey: email(2).dedupeKey }, data: { lockedUntil: inAMinute } });
    expect(await drainOutbox()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(0);

    // An expired lease is a drainer that died: its rows are taken over.
    await db.emailOutbox.update({ where: { dedupeKey: email(2).dedupeKey }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await drainOutbox()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.messages.map(recipientsOf)).toEqual([["reader-2@example.org"]]);
  });

  it("hands back the rest of a batch once half its lease is used up", async () => {
    await enqueueEmails([email(1), email(2)]);
    // A zero lease is used up as soon as the claim returns: nothing is sent, nothing stays leased.
    expect(await drainOutbox({ leaseMs: 0 })).toEqual({ sent: 0, retried: 0, failed: 0 });
    for (const row of await rows()) expect(row).toMatchObject({ status: "PENDING", lockedUntil: null, attempts: 0 });
    expect(await drainOutbox()).toEqual({ sent: 2, retried: 0, failed: 0 });
  });

  it("retries with backoff while the SMTP server is down, and sends once it is back", async () => {
    const down = await startSmtpServer();
    const port = down.port;
    await down.stop();
    vi.stubEnv("EMAIL_SERVER", `smtp://127.0.0.1:${port}`);
    await enqueueEmail(email(1));

    const before = Date.now();
    expect(await drainOutbox()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const [row] = await rows();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null, sentAt: null });
    expect(row?.lastError).toContain("ECONNREFUSED");
    // 30 s after the first failure.
    expect(row?.nextAttemptAt.getTime()).toBeGreaterThan(before + 25_000);
    expect(row?.nextAttemptAt.getTime()).toBeLessThan(Date.now() + 35_000);
    expect(await drainOutbox()).toEqual({ sent: 0, retried: 0, failed: 0 });

    const back = await startSmtpServer({ port });
    try {
      await makeDue();
      expect(await drainOutbox()).toEqual({ sent: 1, retried: 0, failed: 0 });
      await back.waitForMessage((m) => m.subject === "Campaign update");
      expect(back.messages).toHaveLength(1);
      expect(await rows()).toMatchObject([{ status: "SENT", attempts: 1 }]);
    } finally {
      await back.stop();
    }
  });

  it("doubles the backoff and gives up after maxAttempts", async () => {
    const down = await startSmtpServer();
    await down.stop();
    vi.stubEnv("EMAIL_SERVER", down.url);
    await enqueueEmail(email(1));

    expect(await drainOutbox({ maxAttempts: 3 })).toMatchObject({ retried: 1 });
    await makeDue();
    const before = Date.now();
    expect(await drainOutbox({ maxAttempts: 3 })).toMatchObject({ retried: 1 });
    const [second] = await rows();
    // 60 s after the second failure.
    expect(second?.nextAttemptAt.getTime()).toBeGreaterThan(before + 55_000);
    await makeDue();
    expect(await drainOutbox({ maxAttempts: 3 })).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await rows()).toMatchObject([{ status: "FAILED", attempts: 3, lockedUntil: null }]);
    await makeDue();
    expect(await drainOutbox({ maxAttempts: 3 })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("with two drainers at once, delivers 500 emails exactly once each", async () => {
    await enqueueEmails(Array.from({ length: 500 }, (_, i) => email(i)));
    const drainer = async () => {
      let sent = 0;
      for (;;) {
        const result = await drainOutbox({ batchSize: 25 });
        if (result.sent + result.retried + result.failed === 0) return sent;
        sent += result.sent;
      }
    };
    const [a, b] = await Promise.all([drainer(), drainer()]);
    expect(a + b).toBe(500);
    expect(smtp.messages).toHaveLength(500);
    expect(distinctRecipients(smtp)).toBe(500);
    expect(await countSent()).toBe(500);
    // nodemailer leaves Nagle's algorithm on: each send waits out the server's delayed ACK (~40 ms).
  }, 120_000);

  it("a worker stopped mid-batch finishes the send in flight, hands back the rest, and a restarted one sends them once", async () => {
    await enqueueEmails(Array.from({ length: 120 }, (_, i) => email(i)));
    const first = startOutboxWorker({ intervalMs: 10, batchSize: 20 });
    // The SMTP server is in this process: the test resumes here before the drainer hears that
    // its first send succeeded, so stop() lands inside the first batch, during that send.
    await smtp.waitForMessage(() => true);
    await first.stop();
    expect(await countSent()).toBe(1);
    expect(smtp.messages).toHaveLength(1);
    expect(await db.emailOutbox.count({ where: { lockedUntil: { not: null } } })).toBe(0);

    const second = startOutboxWorker({ intervalMs: 10, batchSize: 20 });
    try {
      await expect.poll(countSent, { timeout: 20_000 }).toBe(120);
    } finally {
      await second.stop();
    }
    expect(smtp.messages).toHaveLength(120);
    expect(distinctRecipients(smtp)).toBe(120);
  });
});
