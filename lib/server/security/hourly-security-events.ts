import "server-only";
import { db } from "@/lib/server/db";
import { SECURITY_EVENT_KINDS, type SecurityEventKind } from "./record-security-event";

export type SecurityHour = { hour: Date; counts: Record<SecurityEventKind, number>; total: number };

/** Security events counted by hour and kind, newest hour first; hours without any are left out. */
export async function hourlySecurityEvents({ hours, now = Date.now() }: { hours: number; now?: number }): Promise<SecurityHour[]> {
  const rows = await db.$queryRaw<{ hour: Date; kind: string; n: number }[]>`
    SELECT date_trunc('hour', "createdAt") AS "hour", "kind", count(*)::int AS "n"
    FROM "SecurityEvent"
    WHERE "createdAt" > ${new Date(now - hours * 60 * 60_000)}
    GROUP BY 1, 2
    ORDER BY 1 DESC`;
  const byHour = new Map<number, SecurityHour>();
  for (const row of rows) {
    if (!(SECURITY_EVENT_KINDS as readonly string[]).includes(row.kind)) continue;
    const key = row.hour.getTime();
    let entry = byHour.get(key);
    if (!entry) {
      entry = { hour: row.hour, counts: Object.fromEntries(SECURITY_EVENT_KINDS.map((kind) => [kind, 0])) as Record<SecurityEventKind, number>, total: 0 };
      byHour.set(key, entry);
    }
    entry.counts[row.kind as SecurityEventKind] += row.n;
    entry.total += row.n;
  }
  return [...byHour.values()];
}
