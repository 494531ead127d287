import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { config } from "@/lib/server/config";
import type { RetentionSettings } from "@/lib/config/settings";
import { deleteOldEmails } from "./tasks/delete-old-emails";
import { deleteOutboxFiles } from "./tasks/delete-outbox-files";
import { deleteExpiredSessions } from "./tasks/delete-expired-sessions";
import { deleteExpiredSignInLinks } from "./tasks/delete-expired-sign-in-links";
import { deleteExpiredRateLimits } from "./tasks/delete-expired-rate-limits";
import { detachOldSignatures } from "./tasks/detach-old-signatures";
import { deleteOldFollows } from "./tasks/delete-old-follows";
import { deleteIdleAccounts } from "./tasks/delete-idle-accounts";

/** How long an entry's data is kept: a number of days or months, or until it expires. */
export type RetentionPeriod = { days: number } | { months: number } | "expiry";

export type RetentionTaskOptions = { tx: Prisma.TransactionClient; dryRun: boolean };

export type RetentionEntry = {
  /** Stable name: printed by `npm run db:retention`, and the /privacy page's message key (Privacy.retention.<id>). */
  id: string;
  period: RetentionPeriod;
  /** Deletes (or detaches) what is past its period; returns how many records. */
  run: (options: RetentionTaskOptions) => Promise<number>;
};

/**
 * The published retention schedule: what is deleted when. One list, read by the daily job and
 * `npm run db:retention` (apply-retention.ts) and rendered on /privacy, so the page cannot say
 * something the job does not do. The periods are settings (RETENTION_* in lib/config/settings.ts).
 * To add an entry: give it an id, a period from the settings, a task, and the page's words under
 * Privacy.retention.<id> in every messages file (and a line in scripts/retention.ts).
 */
export function retentionSchedule(settings: RetentionSettings = config().retention): RetentionEntry[] {
  const emails = { days: settings.sentEmailDays };
  const signatures = { months: settings.detachSignaturesMonths };
  const accounts = { months: settings.idleAccountMonths };
  return [
    { id: "emails", period: emails, run: (o) => deleteOldEmails({ ...o, ...emails }) },
    { id: "sessions", period: "expiry", run: deleteExpiredSessions },
    { id: "signInLinks", period: "expiry", run: deleteExpiredSignInLinks },
    { id: "rateLimits", period: "expiry", run: deleteExpiredRateLimits },
    { id: "signatures", period: signatures, run: (o) => detachOldSignatures({ ...o, ...signatures }) },
    { id: "follows", period: signatures, run: (o) => deleteOldFollows({ ...o, ...signatures }) },
    { id: "accounts", period: accounts, run: (o) => deleteIdleAccounts({ ...o, ...accounts }) },
    // Last: files cannot be rolled back with the rest, and are only copies of sent emails.
    { id: "emailFiles", period: emails, run: (o) => deleteOutboxFiles({ ...o, ...emails }) },
  ];
}
