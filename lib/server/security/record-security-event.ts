import "server-only";
import { db } from "@/lib/server/db";
import { keyedHash } from "./keyed-hash";

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

/** A keyed hash of an email or client address: the same subject is recognisable across events,
 * and nobody without AUTH_SECRET can tell whose it is or test a guess against it. */
export function securitySubject(value: string): string {
  return keyedHash("security-event", value.trim().toLowerCase());
}

/**
 * Writes one security event (lib/server/security, schema "SecurityEvent"). Never an address:
 * `subject` is hashed here. A failure to write is logged, never passed on: the event log must
 * not be what stops someone signing in.
 */
export async function recordSecurityEvent({ kind, subject, detail }: { kind: SecurityEventKind; subject?: string; detail?: string }): Promise<void> {
  try {
    await db.securityEvent.create({ data: { kind, subject: subject ? securitySubject(subject) : null, detail: detail?.slice(0, 60) ?? null } });
  } catch (error) {
    console.error(`security event "${kind}" not recorded:`, error instanceof Error ? error.message : error);
  }
}
