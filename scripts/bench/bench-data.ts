// The rows the bench needs, written straight to the database in bulk (INSERT … SELECT
// generate_series): supporters with live sessions, its own campaigns, and the signatures for the
// scale test. Every row carries the run id, so runs never collide and can be deleted afterwards.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { hashSessionToken } from "../../lib/auth/session-token";
import { SIGNING_PATHS, type SigningPath } from "./sign-requests";

export type BenchCampaign = { id: string; slug: string };
// A campaign per signing path and server, so each run's rows can be checked on their own, and the
// same supporters can sign in every run (once per campaign).
export type SigningCampaigns = Record<SigningPath, { app: BenchCampaign; plain: BenchCampaign }>;
// Two copies of the same page: `page` keeps 1,000 signatures, `scale` grows to 1,000,000, so the
// scale test reads the two back to back, in the same state of the app and the machine.
export type BenchCampaigns = { signing: SigningCampaigns; page: BenchCampaign; scale: BenchCampaign; pageSource: string | null };

export const allCampaigns = (c: BenchCampaigns): BenchCampaign[] => [...Object.values(c.signing).flatMap((s) => [s.app, s.plain]), c.page, c.scale];

// The campaign page is measured on a copy of a seeded demand (text, translations, decision
// makers, the tracker's record with its evidence), so that it renders what a real page renders;
// the first one found is used.
const SEEDED = ["special-coordinator-east-turkistan", "support-icc-complaint", "icj-genocide-referral", "recognise-east-turkistan-occupied"];

const userId = (run: string) => `'${run}u' || g`;

async function insertPlainCampaign(db: pg.Pool, campaign: BenchCampaign, title: string) {
  await db.query(
    `INSERT INTO "Campaign" (id, slug, title, summary, body, status, goal, "opensAt", "updatedAt")
     VALUES ($1, $2, $3, 'Created by npm run bench.', 'Created by npm run bench.', 'OPEN', 1000000, now(), now())`,
    [campaign.id, campaign.slug, title],
  );
}

// Copies a campaign and everything its page shows; child ids get a prefix so they stay unique.
async function cloneCampaign(db: pg.Pool, source: string, campaign: BenchCampaign, prefix: string) {
  const src = `(SELECT id FROM "Campaign" WHERE slug = $1)`;
  await db.query(
    `INSERT INTO "Campaign" (id, slug, locale, title, summary, body, status, goal, "opensAt", "sourceUrl", "sourceTitle", "sourcePublisher", "sourceDate", "updatedAt")
     SELECT $2, $3, locale, title, summary, body, 'OPEN', 1000000, now(), "sourceUrl", "sourceTitle", "sourcePublisher", "sourceDate", now()
     FROM "Campaign" WHERE slug = $1`,
    [source, campaign.id, campaign.slug],
  );
  await db.query(
    `INSERT INTO "CampaignTranslation" ("campaignId", locale, title, summary, body, "updatedAt")
     SELECT $2, locale, title, summary, body, now() FROM "CampaignTranslation" WHERE "campaignId" = ${src}`,
    [source, campaign.id],
  );
  // Decision makers are shared records: the copy is addressed to the same ones.
  await db.query(
    `INSERT INTO "CampaignTarget" (id, "campaignId", "decisionMakerId", position, "createdAt")
     SELECT $3 || id, $2, "decisionMakerId", position, "createdAt" FROM "CampaignTarget" WHERE "campaignId" = ${src}`,
    [source, campaign.id, prefix],
  );
  await db.query(
    `INSERT INTO "CampaignEvent" (id, "campaignId", "occurredOn", title, body, "authorId", "createdAt", "retractedAt")
     SELECT $3 || id, $2, "occurredOn", title, body, "authorId", "createdAt", "retractedAt"
     FROM "CampaignEvent" WHERE "campaignId" = ${src}`,
    [source, campaign.id, prefix],
  );
  const ofEvents = (table: string, alias: string) => `FROM "${table}" ${alias} JOIN "CampaignEvent" e ON e.id = ${alias}."eventId" WHERE e."campaignId" = ${src}`;
  await db.query(
    `INSERT INTO "CampaignEventTranslation" ("eventId", locale, title, body)
     SELECT $2 || et."eventId", et.locale, et.title, et.body ${ofEvents("CampaignEventTranslation", "et")}`,
    [source, prefix],
  );
  await db.query(
    `INSERT INTO "PositionChange" ("eventId", "targetId", status)
     SELECT $2 || pc."eventId", $2 || pc."targetId", pc.status ${ofEvents("PositionChange", "pc")}`,
    [source, prefix],
  );
  await db.query(
    `INSERT INTO "EventCorrection" (id, "eventId", kind, reason, "actorId", "createdAt")
     SELECT $2 || ec.id, $2 || ec."eventId", ec.kind, ec.reason, ec."actorId", ec."createdAt" ${ofEvents("EventCorrection", "ec")}`,
    [source, prefix],
  );
  await db.query(
    `INSERT INTO "EventCorrectionTranslation" ("correctionId", locale, reason)
     SELECT $2 || t."correctionId", t.locale, t.reason FROM "EventCorrectionTranslation" t
     JOIN "EventCorrection" ec ON ec.id = t."correctionId" JOIN "CampaignEvent" e ON e.id = ec."eventId" WHERE e."campaignId" = ${src}`,
    [source, prefix],
  );
  await db.query(
    `INSERT INTO "Evidence" (id, "eventId", kind, url, "sourceTitle", "sourcePublisher", "sourceDate", sha256, "contentType", size, "finalUrl", "archivedAt", "fileName", "recordedById", "verifiedById", "verifiedAt", "replacedAt", "createdAt")
     SELECT $2 || ev.id, $2 || ev."eventId", ev.kind, ev.url, ev."sourceTitle", ev."sourcePublisher", ev."sourceDate", ev.sha256, ev."contentType", ev.size, ev."finalUrl", ev."archivedAt", ev."fileName",
            ev."recordedById", ev."verifiedById", ev."verifiedAt", ev."replacedAt", ev."createdAt" ${ofEvents("Evidence", "ev")}`,
    [source, prefix],
  );
  await db.query(
    `INSERT INTO "EvidenceContent" ("evidenceId", bytes)
     SELECT $2 || c."evidenceId", c.bytes FROM "EvidenceContent" c
     JOIN "Evidence" ev ON ev.id = c."evidenceId" JOIN "CampaignEvent" e ON e.id = ev."eventId" WHERE e."campaignId" = ${src}`,
    [source, prefix],
  );
}

export async function createCampaigns(db: pg.Pool, run: string): Promise<BenchCampaigns> {
  const signing = {} as SigningCampaigns;
  for (const [i, path] of SIGNING_PATHS.entries()) {
    const app = { id: `${run}c${i}a`, slug: `bench-${run}-${path}` };
    const plain = { id: `${run}c${i}p`, slug: `bench-${run}-plain-${path}` };
    await insertPlainCampaign(db, app, `Benchmark: signing through the app (${path})`);
    await insertPlainCampaign(db, plain, `Benchmark: signing through the plain server (${path})`);
    signing[path] = { app, plain };
  }
  const page = { id: `${run}cp`, slug: `bench-${run}-page` };
  const scale = { id: `${run}cs`, slug: `bench-${run}-scale` };
  const { rows } = await db.query<{ slug: string }>(`SELECT slug FROM "Campaign" WHERE slug = ANY($1)`, [SEEDED]);
  const found = new Set(rows.map((r) => r.slug));
  const source = SEEDED.find((slug) => found.has(slug)) ?? null;
  if (source) {
    await cloneCampaign(db, source, page, `${run}x`);
    await cloneCampaign(db, source, scale, `${run}y`);
  } else {
    await insertPlainCampaign(db, page, "Benchmark: campaign page");
    await insertPlainCampaign(db, scale, "Benchmark: campaign page at scale");
  }
  return { signing, page, scale, pageSource: source };
}

// How a session token is kept in the "Session" table: only its SHA-256, as the app keeps it
// (lib/auth/session-token.ts). The supporters the bench creates and the plain server's session
// lookup (scripts/bench/plain-signing.ts) both go through this.
export function storedSessionToken(token: string): string {
  return hashSessionToken(token);
}

// Users 1..n of this run, each with a session valid for a day; returns their session tokens
// (what the browser's cookie holds). 32 random bytes, as unguessable as the ones Auth.js issues.
export async function createSupporters(db: pg.Pool, run: string, n: number): Promise<string[]> {
  const tokens = Array.from({ length: n }, () => randomBytes(32).toString("hex"));
  const chunk = 50_000;
  for (let from = 0; from < n; from += chunk) {
    const part = tokens.slice(from, from + chunk);
    await db.query(
      `WITH users AS (
         INSERT INTO "User" (id, email, role, "updatedAt")
         SELECT ${userId(run)}, $1 || '-' || g || '@bench.invalid', 'SUPPORTER', now() FROM generate_series($2::int, $3::int) g
         RETURNING id
       )
       INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt")
       SELECT t.token, $1 || 'u' || ($2::int + t.i - 1), now() + interval '1 day', now()
       FROM unnest($4::text[]) WITH ORDINALITY AS t(token, i)`,
      [run, from + 1, from + part.length, part.map(storedSessionToken)],
    );
  }
  return tokens;
}

// Signatures of users from..to on one campaign, creating the users beyond the session pool
// (no sessions: they only exist to keep one signature per user, as the unique constraint
// demands). The counter shards grow by exactly the rows inserted, spread over 16 shards, in
// the same statement, so the stored count stays equal to the rows. A signature's id carries its
// campaign's (which carries the run's), so the same supporters can sign several campaigns.
export async function addSignatures(
  db: pg.Pool,
  { run, campaignId, from, to, existingUsers }: { run: string; campaignId: string; from: number; to: number; existingUsers: number },
): Promise<number> {
  if (to < from) return 0;
  if (to > existingUsers) {
    await db.query(
      `INSERT INTO "User" (id, email, role, "updatedAt")
       SELECT ${userId(run)}, $1 || '-' || g || '@bench.invalid', 'SUPPORTER', now() FROM generate_series($2::int, $3::int) g`,
      [run, Math.max(from, existingUsers + 1), to],
    );
  }
  const { rows } = await db.query<{ inserted: number }>(
    `WITH inserted AS (
       INSERT INTO "Signature" (id, "campaignId", "userId", "showName", "createdAt")
       SELECT $1 || 's' || g, $1, ${userId(run)}, false, now() FROM generate_series($2::int, $3::int) g
       ON CONFLICT ("campaignId", "userId") DO NOTHING
       RETURNING 1
     ), total AS (SELECT count(*)::int AS n FROM inserted),
     shards AS (
       INSERT INTO "SignatureCounterShard" ("campaignId", country, shard, count)
       SELECT $1, '', s, n / 16 + CASE WHEN s < n % 16 THEN 1 ELSE 0 END FROM total, generate_series(0, 15) s
       ON CONFLICT ("campaignId", country, shard) DO UPDATE SET count = "SignatureCounterShard".count + EXCLUDED.count
     )
     SELECT n AS inserted FROM total`,
    [campaignId, from, to],
  );
  // Left alone, autovacuum would process a million-row jump in the middle of the next
  // measurement; a steady-state table is what the scale test is about.
  await db.query(`VACUUM (ANALYZE) "User", "Signature", "SignatureCounterShard"`);
  return rows[0]?.inserted ?? 0;
}

export type CountCheck = { slug: string; rows: number; stored: number; ok: boolean };

// The stored count (sum of shards) must equal the rows: what the periodic reconciliation checks.
export async function checkCounts(db: pg.Pool, campaigns: BenchCampaign[]): Promise<CountCheck[]> {
  const checks: CountCheck[] = [];
  for (const { id, slug } of campaigns) {
    const { rows } = await db.query<{ rows: number; stored: number }>(
      `SELECT (SELECT count(*) FROM "Signature" WHERE "campaignId" = $1)::int AS rows,
              (SELECT COALESCE(SUM(count), 0) FROM "SignatureCounterShard" WHERE "campaignId" = $1)::int AS stored`,
      [id],
    );
    const row = rows[0] ?? { rows: -1, stored: -2 };
    checks.push({ slug, rows: row.rows, stored: row.stored, ok: row.rows === row.stored });
  }
  return checks;
}

// Only needed on a database given by DATABASE_URL: the embedded one is deleted by the next run.
export async function deleteBenchData(db: pg.Pool, run: string, campaigns: BenchCampaign[]) {
  await db.query(`DELETE FROM "Campaign" WHERE id = ANY($1)`, [campaigns.map((c) => c.id)]);
  await db.query(`DELETE FROM "User" WHERE email LIKE $1`, [`${run}-%@bench.invalid`]);
}
