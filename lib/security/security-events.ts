import { randomUUID } from "node:crypto";
import type { SigningDatabase } from "@/lib/database/query";
import { keyedHashWith } from "./keyed-hash";

// The kinds of security event, and the short codes their detail may hold.
export const SECURITY_EVENT_KINDS = [
  "signin.link-requested",
  "signin.link-used",
  "signin.refused",
  "staff.signin",
  "ratelimit.tripped",
  "export.counts",
  "export.my-data",
  "export.packet",
  "role.changed",
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

export type SecurityEvent = { kind: SecurityEventKind; subject?: string; detail?: string };

/** A keyed hash of an email or client address: the same subject is recognisable across events,
 * and nobody without AUTH_SECRET can tell whose it is or test a guess against it. */
export function securitySubjectWith(secret: string, value: string): string {
  return keyedHashWith(secret, "security-event", value.trim().toLowerCase());
}

/**
 * Writes one security event (schema "SecurityEvent"). Never an address: `subject` is hashed
 * here. A failure to write is logged, never passed on: the event log must not be what stops
 * someone signing in. The time is UTC, as Prisma stores every time here.
 */
export async function recordSecurityEventWith({ query, secret }: SigningDatabase, { kind, subject, detail }: SecurityEvent): Promise<void> {
  try {
    await query(`INSERT INTO "SecurityEvent" ("id", "kind", "subject", "detail", "createdAt") VALUES ($1, $2, $3, $4, now() AT TIME ZONE 'UTC')`, [
      randomUUID(),
      kind,
      subject ? securitySubjectWith(secret, subject) : null,
      detail?.slice(0, 60) ?? null,
    ]);
  } catch (error) {
    console.error(`security event "${kind}" not recorded:`, error instanceof Error ? error.message : error);
  }
}
