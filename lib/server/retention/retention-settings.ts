import "server-only";
import { z } from "zod";

// How long things are kept: the only place these settings are read from the environment.
// (They move into the validated configuration module, lib/server/config.ts, once it exists.)
// Every value is a whole number from 1 to its maximum; a bad value stops the app with a clear
// message rather than silently keeping data longer, or deleting it sooner, than published. The
// job runs at least daily (the schedule promises that expired rows go within a day).
const SETTINGS = {
  sentEmailDays: { env: "RETENTION_EMAIL_DAYS", fallback: 30, max: 3650 },
  detachSignaturesMonths: { env: "RETENTION_DETACH_SIGNATURES_MONTHS", fallback: 6, max: 120 },
  idleAccountMonths: { env: "RETENTION_IDLE_ACCOUNT_MONTHS", fallback: 12, max: 120 },
  runEveryHours: { env: "RETENTION_RUN_EVERY_HOURS", fallback: 24, max: 24 },
} as const;

export type RetentionSettings = { [K in keyof typeof SETTINGS]: number };

export function readRetentionSettings(env: Record<string, string | undefined> = process.env): RetentionSettings {
  const entries = Object.entries(SETTINGS).map(([key, { env: name, fallback, max }]) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return [key, fallback] as const;
    const parsed = z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(max)).safeParse(raw.trim());
    if (!parsed.success) throw new Error(`${name} must be a whole number from 1 to ${max} (got "${raw}").`);
    return [key, parsed.data] as const;
  });
  return Object.fromEntries(entries) as RetentionSettings;
}

let cached: RetentionSettings | undefined;

/** The settings this process runs with (read once). */
export function retentionSettings(): RetentionSettings {
  cached ??= readRetentionSettings();
  return cached;
}
