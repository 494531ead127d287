import "server-only";
import { appDatabase } from "@/lib/server/db";
import { recordSecurityEventWith, type SecurityEvent } from "@/lib/security/security-events";

export { SECURITY_EVENT_KINDS, type SecurityEventKind } from "@/lib/security/security-events";

/** Writes one security event on the app's database (lib/security/security-events.ts). */
export function recordSecurityEvent(event: SecurityEvent): Promise<void> {
  return recordSecurityEventWith(appDatabase(), event);
}
