// Every setting the app reads, parsed once from the environment with zod. This file holds no
// secret and imports nothing server-only, so the front door (server.ts), scripts and tests can
// use it; the app reads the parsed result through lib/server/config.ts.
//
// In production (`npm start`) the settings that keep signers safe are required, and the app
// refuses to start, with one line per problem, without them; `npm run dev` works with nothing
// set. See README "Running in production" and .env.example.
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export type Env = Record<string, string | undefined>;
export type Mode = "production" | "development" | "test";

const DEFAULT_FROM = "Campaign updates <no-reply@localhost>";

// An unset variable and an empty one mean the same: not given.
const given = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());

const integer = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return fallback;
      if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number from ${min} to ${max} (got "${value}")` });
        return z.NEVER;
      }
      return Number(value);
    });

const onOff = (name: string, fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return fallback;
      if (/^(on|true|1|yes)$/i.test(value)) return true;
      if (/^(off|false|0|no)$/i.test(value)) return false;
      ctx.addIssue({ code: "custom", message: `${name} must be "on" or "off" (got "${value}")` });
      return z.NEVER;
    });

// A public origin: scheme, host and port only ("https://campaigns.example.org").
function parseOrigin(name: string, value: string): { origin: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `${name} must be an absolute origin such as https://campaigns.example.org (got "${value}")` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { problem: `${name} must start with https:// (got "${value}")` };
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username || url.password) {
    return { problem: `${name} must be an origin only, with no path, query or credentials (got "${value}")` };
  }
  return { origin: url.origin };
}

const emailList = (name: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const list = (value ?? "")
        .split(",")
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean);
      for (const entry of list) {
        if (!z.email().safeParse(entry).success) {
          ctx.addIssue({ code: "custom", message: `${name} must be comma-separated email addresses ("${entry}" is not one)` });
          return z.NEVER;
        }
      }
      return list;
    });

// Host names, comma-separated: lower-cased, IPv6 brackets removed.
const hostList = (name: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const list = (value ?? "")
        .split(",")
        .map((entry) => entry.trim().toLowerCase().replace(/^\[|\]$/g, ""))
        .filter(Boolean);
      for (const entry of list) {
        if (!/^[a-z0-9.:-]{1,253}$/.test(entry)) {
          ctx.addIssue({ code: "custom", message: `${name} must be comma-separated host names ("${entry}" is not one)` });
          return z.NEVER;
        }
      }
      return list;
    });

const smtpUrl = z
  .string()
  .optional()
  .refine((value) => value === undefined || /^smtps?:\/\/[^/]/.test(value), {
    message: "EMAIL_SERVER must be an SMTP URL such as smtp://user:password@mail.example.org:587",
  });

const postgresUrl = (name: string) =>
  z
    .string()
    .optional()
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: `${name} must be a PostgreSQL URL such as postgresql://user:password@host:5432/campaigns`,
    });

const schema = z.object({
  DATABASE_URL: postgresUrl("DATABASE_URL"),
  DATABASE_REPLICA_URL: postgresUrl("DATABASE_REPLICA_URL"),
  DATABASE_POOL_SIZE: integer("DATABASE_POOL_SIZE", 1, 500, 10),
  AUTH_SECRET: z.string().optional(),
  AUTH_URL: z.string().optional(),
  EMAIL_SERVER: smtpUrl,
  EMAIL_OUTBOX_DIR: z.string().optional(),
  EMAIL_FROM: z.string().max(200).optional(),
  ADMIN_EMAILS: emailList("ADMIN_EMAILS"),
  PORT: integer("PORT", 1, 65535, 3000),
  HOST: z.string().optional(),
  TRUSTED_PROXY_HOPS: integer("TRUSTED_PROXY_HOPS", 0, 10, 0),
  BACKGROUND_JOBS: onOff("BACKGROUND_JOBS", true),
  EMBEDDED_PG_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: integer("EMBEDDED_PG_PORT", 1, 65535, 54329),
  // The organisation that runs the site (header, footer, /about, emails, share images, the
  // delivery packet, feeds). All optional: without them the site is named by its messages.
  SITE_NAME: z.string().max(80, { message: "SITE_NAME must be at most 80 characters" }).optional(),
  ORG_NAME: z.string().max(120, { message: "ORG_NAME must be at most 120 characters" }).optional(),
  ORG_URL: z.url({ protocol: /^https?$/, message: "ORG_URL must be an http(s) address such as https://example.org" }).optional(),
  CONTACT_EMAIL: z.email({ message: "CONTACT_EMAIL must be an email address" }).optional(),
  LOGO_FILE: z
    .string()
    .regex(/\.(png|jpe?g|svg)$/i, { message: "LOGO_FILE must name a .png, .jpg or .svg file" })
    .optional(),
  EVIDENCE_FETCH_ALLOW_HOSTS: hostList("EVIDENCE_FETCH_ALLOW_HOSTS"),
  // The retention schedule (lib/server/retention/, published on /privacy). The job runs at
  // least daily: the schedule promises that expired rows go within a day.
  RETENTION_EMAIL_DAYS: integer("RETENTION_EMAIL_DAYS", 1, 3650, 30),
  RETENTION_DETACH_SIGNATURES_MONTHS: integer("RETENTION_DETACH_SIGNATURES_MONTHS", 1, 120, 6),
  RETENTION_IDLE_ACCOUNT_MONTHS: integer("RETENTION_IDLE_ACCOUNT_MONTHS", 1, 120, 12),
  RETENTION_RUN_EVERY_HOURS: integer("RETENTION_RUN_EVERY_HOURS", 1, 24, 24),
});

export type Settings = {
  mode: Mode;
  /**
   * `replicaUrl`: an optional read replica (PostgreSQL streaming replication) for public reads
   * only; anything a signer changes, and anything read to decide what a signer may see, uses
   * `url`. Unset, or unreachable, public reads use `url` too. See docs/decisions/010.
   */
  database: { url: string | undefined; replicaUrl: string | undefined; poolSize: number };
  auth: { secret: string | undefined; url: string; secureCookies: boolean; adminEmails: readonly string[] };
  email: { server: string | undefined; outboxDir: string; from: string };
  server: { port: number; host: string; trustedProxyHops: number; backgroundJobs: boolean };
  embeddedDatabase: { dir: string; port: number };
  organisation: {
    /** The site's own name; null: the messages' name in each language. */
    siteName: string | null;
    orgName: string | null;
    orgUrl: string | null;
    contactEmail: string | null;
    logo: { file: string; type: "image/png" | "image/jpeg" | "image/svg+xml" } | null;
  };
  // Hosts the evidence archiver may fetch although they resolve to a private or loopback
  // address (tests' loopback server). Empty in production.
  evidence: { fetchAllowHosts: readonly string[] };
  retention: RetentionSettings;
};

/** How long things are kept (lib/server/retention/retention-schedule.ts turns these into the schedule). */
export type RetentionSettings = { sentEmailDays: number; detachSignaturesMonths: number; idleAccountMonths: number; runEveryHours: number };

export type ParsedSettings = { ok: true; settings: Settings } | { ok: false; problems: string[] };

export function modeOf(env: Env): Mode {
  if (env.NODE_ENV === "production") return "production";
  if (env.NODE_ENV === "test" || env.VITEST) return "test";
  return "development";
}

/**
 * Parses the environment into settings, or lists every problem (one line each). `strict` asks
 * for what production needs: AUTH_URL, a long AUTH_SECRET, and a way to deliver email that is
 * not a developer's console. It defaults to production mode, except while `next build` runs
 * (NEXT_PHASE), when no runtime setting is needed.
 */
export function parseSettings(env: Env, options: { root?: string; strict?: boolean } = {}): ParsedSettings {
  const root = options.root ?? process.cwd();
  const mode = modeOf(env);
  const strict = options.strict ?? (mode === "production" && env.NEXT_PHASE !== "phase-production-build");
  const trimmed = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, given(env[key])]));
  const parsed = schema.safeParse(trimmed);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  if (!parsed.success) return { ok: false, problems };
  const raw = parsed.data;

  let authUrl = `http://localhost:${raw.PORT}`;
  if (raw.AUTH_URL !== undefined) {
    const origin = parseOrigin("AUTH_URL", raw.AUTH_URL);
    if ("problem" in origin) problems.push(origin.problem);
    else authUrl = origin.origin;
  }
  if (strict) {
    if (raw.AUTH_URL === undefined) {
      problems.push("AUTH_URL is not set: set it to the site's public origin (e.g. https://campaigns.example.org); links in emails are built from it");
    }
    if (raw.AUTH_SECRET === undefined) problems.push("AUTH_SECRET is not set: set a random value of at least 32 characters (openssl rand -base64 32)");
    else if (raw.AUTH_SECRET.length < 32) problems.push(`AUTH_SECRET is too short (${raw.AUTH_SECRET.length} characters): use at least 32`);
    if (raw.EMAIL_SERVER === undefined && raw.EMAIL_OUTBOX_DIR === undefined) {
      problems.push("EMAIL_SERVER is not set: set an SMTP URL, or set EMAIL_OUTBOX_DIR to write emails to a folder deliberately");
    }
  }
  const logoFile = raw.LOGO_FILE === undefined ? undefined : path.resolve(root, raw.LOGO_FILE);
  if (logoFile !== undefined && !existsSync(logoFile)) problems.push(`LOGO_FILE names a file that does not exist (${logoFile})`);
  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    settings: {
      mode,
      database: { url: raw.DATABASE_URL, replicaUrl: raw.DATABASE_REPLICA_URL, poolSize: raw.DATABASE_POOL_SIZE },
      auth: {
        secret: raw.AUTH_SECRET,
        url: authUrl,
        secureCookies: authUrl.startsWith("https://"),
        adminEmails: raw.ADMIN_EMAILS,
      },
      email: {
        server: raw.EMAIL_SERVER,
        outboxDir: path.resolve(root, raw.EMAIL_OUTBOX_DIR ?? path.join(".data", "outbox")),
        from: raw.EMAIL_FROM ?? DEFAULT_FROM,
      },
      server: {
        port: raw.PORT,
        host: raw.HOST ?? "localhost",
        trustedProxyHops: raw.TRUSTED_PROXY_HOPS,
        backgroundJobs: raw.BACKGROUND_JOBS,
      },
      embeddedDatabase: { dir: path.resolve(root, raw.EMBEDDED_PG_DIR ?? path.join(".data", "pg")), port: raw.EMBEDDED_PG_PORT },
      organisation: {
        siteName: raw.SITE_NAME ?? null,
        orgName: raw.ORG_NAME ?? null,
        orgUrl: raw.ORG_URL ?? null,
        contactEmail: raw.CONTACT_EMAIL ?? null,
        logo: logoFile ? { file: logoFile, type: /\.png$/i.test(logoFile) ? "image/png" : /\.svg$/i.test(logoFile) ? "image/svg+xml" : "image/jpeg" } : null,
      },
      evidence: { fetchAllowHosts: raw.EVIDENCE_FETCH_ALLOW_HOSTS },
      retention: {
        sentEmailDays: raw.RETENTION_EMAIL_DAYS,
        detachSignaturesMonths: raw.RETENTION_DETACH_SIGNATURES_MONTHS,
        idleAccountMonths: raw.RETENTION_IDLE_ACCOUNT_MONTHS,
        runEveryHours: raw.RETENTION_RUN_EVERY_HOURS,
      },
    },
  };
}
