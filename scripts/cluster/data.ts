// Rows a check needs, written straight to the primary: campaigns, and supporters with live
// database sessions (the cookie a browser would hold after signing in).
import type pg from "pg";
import { hashSessionToken, newSessionToken } from "../../lib/auth/session-token";

export async function createCampaign(db: pg.Pool, { id, slug, title }: { id: string; slug: string; title: string }): Promise<string> {
  await db.query(
    `INSERT INTO "Campaign" (id, slug, title, summary, body, status, goal, "opensAt", "updatedAt")
     VALUES ($1, $2, $3, 'Created by npm run test:cluster.', 'Created by npm run test:cluster.', 'OPEN', 1000000, now(), now())`,
    [id, slug, title],
  );
  return id;
}

/** Supporters `${prefix}1..n`, each with a session valid for a day: [userId, sessionToken][].
 * The database keeps only each token's SHA-256, as the app does (lib/auth/session-token.ts). */
export async function createSupporters(db: pg.Pool, prefix: string, n: number): Promise<[string, string][]> {
  const tokens = Array.from({ length: n }, () => newSessionToken());
  await db.query(
    `WITH users AS (
       INSERT INTO "User" (id, email, role, "updatedAt")
       SELECT $1 || g, $1 || '-' || g || '@cluster.test', 'SUPPORTER', now() FROM generate_series(1, $2::int) g
       RETURNING id
     )
     INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt")
     SELECT t.hash, $1 || t.i, now() + interval '1 day', now()
     FROM unnest($3::text[]) WITH ORDINALITY AS t(hash, i)`,
    [prefix, n, tokens.map(hashSessionToken)],
  );
  return tokens.map((token, i) => [`${prefix}${i + 1}`, token]);
}

export type Stored = { rows: number; count: number; missing: number };

/** What the database holds for a campaign, and how many acknowledged supporters have no row. */
export async function stored(db: pg.Pool, campaignId: string, acknowledged: string[]): Promise<Stored> {
  const { rows } = await db.query<Stored>(
    `SELECT (SELECT count(*) FROM "Signature" WHERE "campaignId" = $1)::int AS rows,
            (SELECT COALESCE(SUM(count), 0) FROM "SignatureCounterShard" WHERE "campaignId" = $1)::int AS count,
            (SELECT count(*) FROM unnest($2::text[]) AS a(id)
              WHERE NOT EXISTS (SELECT 1 FROM "Signature" s WHERE s."campaignId" = $1 AND s."userId" = a.id))::int AS missing`,
    [campaignId, acknowledged],
  );
  return rows[0]!;
}
