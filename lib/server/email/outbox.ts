import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { sendMail, type MailMessage } from "./transport";

export type OutboxEmail = MailMessage & {
  // Same key, same email: enqueueing twice (a retried request, a re-run job) sends it once.
  dedupeKey: string;
};

// The app's client or a transaction client from `db.$transaction(async (tx) => …)`.
export type OutboxClient = Pick<PrismaClient, "emailOutbox">;

export type DrainOptions = {
  batchSize?: number;
  leaseMs?: number;
  maxAttempts?: number;
  // Once aborted, the drain finishes the email it is sending and hands back the rest of its batch.
  signal?: AbortSignal;
};
export type DrainResult = { sent: number; retried: number; failed: number };

// Well under PostgreSQL's 65,535 bind parameters per statement at 8 columns a row.
const INSERT_CHUNK = 1000;
const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_CAP_SECONDS = 3600;

function toRow(email: OutboxEmail, now: Date) {
  return {
    dedupeKey: email.dedupeKey,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: email.headers,
    // Set here rather than by the column default, which is evaluated in the session's time zone.
    nextAttemptAt: now,
  };
}

/** Queues one email; returns false when an email with this dedupeKey was already queued. */
export async function enqueueEmail(email: OutboxEmail, client: OutboxClient = db): Promise<boolean> {
  const { count } = await client.emailOutbox.createMany({ data: [toRow(email, new Date())], skipDuplicates: true });
  return count === 1;
}

/**
 * Queues many emails; returns how many were new. Outside a transaction each chunk commits on its
 * own, so a failure part-way leaves some queued: calling again with the same keys completes it.
 */
export async function enqueueEmails(emails: OutboxEmail[], client: OutboxClient = db): Promise<number> {
  const now = new Date();
  let queued = 0;
  for (let i = 0; i < emails.length; i += INSERT_CHUNK) {
    const data = emails.slice(i, i + INSERT_CHUNK).map((email) => toRow(email, now));
    const { count } = await client.emailOutbox.createMany({ data, skipDuplicates: true });
    queued += count;
  }
  return queued;
}

type ClaimedRow = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: unknown;
};

// Leases and backoff use the database's clock, one clock for every instance. The columns are
// `timestamp without time zone` holding UTC (Prisma's convention), hence `now() AT TIME ZONE 'UTC'`
// whatever the session's time zone.
//
// SKIP LOCKED lets concurrent drainers pass over each other's rows instead of waiting; the lease
// (lockedUntil) then keeps a claimed row away from every other drainer after this statement commits.
async function claim(batchSize: number, leaseMs: number): Promise<ClaimedRow[]> {
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE "EmailOutbox"
       SET "lockedUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${leaseMs / 1000}::double precision)
     WHERE "id" IN (
       SELECT "id" FROM "EmailOutbox"
        WHERE "status" = 'PENDING'
          AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
          AND ("lockedUntil" IS NULL OR "lockedUntil" < (now() AT TIME ZONE 'UTC'))
        ORDER BY "nextAttemptAt"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
     RETURNING "id", "to", "subject", "text", "html", "headers"`;
}

async function markSent(id: string): Promise<void> {
  await db.emailOutbox.update({
    where: { id },
    data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null },
  });
}

// Backoff from the attempts before this one: 30 s, 1 min, 2 min, … capped at an hour.
async function markFailed(id: string, error: string, maxAttempts: number): Promise<"PENDING" | "FAILED"> {
  const rows = await db.$queryRaw<{ status: "PENDING" | "FAILED" }[]>`
    UPDATE "EmailOutbox"
       SET "attempts" = "attempts" + 1,
           "lastError" = ${error},
           "status" = CASE WHEN "attempts" + 1 >= ${maxAttempts}::int THEN 'FAILED'::"OutboxStatus" ELSE 'PENDING'::"OutboxStatus" END,
           "nextAttemptAt" = (now() AT TIME ZONE 'UTC')
             + make_interval(secs => LEAST(${BACKOFF_CAP_SECONDS}::double precision, ${BACKOFF_BASE_SECONDS}::double precision * power(2, "attempts"))),
           "lockedUntil" = NULL
     WHERE "id" = ${id}
     RETURNING "status"::text AS "status"`;
  return rows[0]?.status ?? "PENDING";
}

// Rows claimed but not attempted go back at once rather than waiting out the lease.
async function release(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.emailOutbox.updateMany({ where: { id: { in: ids }, status: "PENDING" }, data: { lockedUntil: null } });
}

function stringHeaders(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

// Short, and without credentials should a message ever quote a connection URL.
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = error && typeof error === "object" && "code" in error && typeof error.code === "string" ? `${error.code}: ` : "";
  return `${code}${message}`.replace(/\/\/[^/\s@]*@/g, "//***@").slice(0, 500);
}

/**
 * Sends due emails. Safe to run on every instance at once: each claims its own rows under a
 * lease, and marks each row right after its send, so a crash re-sends at most the one email in
 * flight. It stops taking new rows from its batch once half the lease has gone, so that no row
 * is still being sent when another drainer may take it over.
 */
export async function drainOutbox({ batchSize = 50, leaseMs = 60_000, maxAttempts = 8, signal }: DrainOptions = {}): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retried: 0, failed: 0 };
  if (signal?.aborted) return result;
  const claimedAt = performance.now();
  const rows = await claim(batchSize, leaseMs);
  for (const [index, row] of rows.entries()) {
    if (signal?.aborted || performance.now() - claimedAt > leaseMs / 2) {
      await release(rows.slice(index).map((r) => r.id));
      break;
    }
    try {
      await sendMail({
        to: row.to,
        subject: row.subject,
        text: row.text,
        html: row.html ?? undefined,
        headers: stringHeaders(row.headers),
      });
    } catch (error) {
      const status = await markFailed(row.id, describeError(error), maxAttempts);
      if (status === "FAILED") result.failed += 1;
      else result.retried += 1;
      continue;
    }
    await markSent(row.id);
    result.sent += 1;
  }
  return result;
}

/**
 * Drains the outbox in this process, one run at a time, until stopped. `stop()` lets the email
 * being sent finish and be marked, hands the rest of the batch back, and resolves then: a graceful
 * restart neither sends twice nor leaves rows leased, and takes one send, not a whole batch.
 */
export function startOutboxWorker({ intervalMs = 2000, ...drain }: DrainOptions & { intervalMs?: number } = {}): {
  stop: () => Promise<void>;
} {
  const batchSize = drain.batchSize ?? 50;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const stopping = new AbortController();

  const run = async () => {
    let delay = intervalMs;
    try {
      const { sent, retried, failed } = await drainOutbox({ ...drain, signal: stopping.signal });
      // A full batch means more are probably waiting: go again without pausing.
      if (sent + retried + failed >= batchSize) delay = 0;
    } catch (error) {
      console.error(`Email outbox: drain failed (${describeError(error)})`);
    }
    schedule(delay);
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      inFlight = run();
    }, delay);
    // The worker alone never keeps a process alive.
    timer.unref();
  };

  schedule(0);
  return {
    stop: async () => {
      stopped = true;
      stopping.abort();
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
