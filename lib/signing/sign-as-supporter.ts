import { randomUUID } from "node:crypto";
import { SIGN_SQL, signParameters, type SignRow } from "@/lib/counting/sign-query";
import type { Query, SigningDatabase } from "@/lib/database/query";
import { consumeRateLimitsWith, RATE_LIMITS } from "@/lib/security/rate-limit";
import type { SignatureInput } from "@/lib/validation/signature";

export type SignResult =
  | {
      ok: true;
      alreadySigned: boolean;
      campaignId: string;
      signatureCount: number;
      following: boolean;
      // The follow's own choice of position emails (a follow the signature makes has none).
      positionEmails: boolean;
      commentPending: boolean;
    }
  | { ok: false; reason: "not_found" | "not_open" };

export type SupporterSignResult = SignResult | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

const PUBLIC_CAMPAIGN_SQL = `SELECT 1 AS "found" FROM "Campaign" WHERE "slug" = $1 AND "status" <> 'DRAFT'`;

// One statement inserts the signature (once per signer), adds it to a counter shard and
// follows (a named comment waits for review where the campaign asks for it): see
// lib/counting/sign-query.ts for why it is shaped so. Only when no open campaign
// matched does a second query say whether it is closed or missing.
export async function signCampaignWith(query: Query, { slug, userId, input }: { slug: string; userId: string; input: SignatureInput }): Promise<SignResult> {
  const [row] = await query<SignRow>(SIGN_SQL, signParameters({ slug, userId, signatureId: randomUUID(), input }));
  if (row?.campaignId) {
    return {
      ok: true,
      alreadySigned: row.inserted === 0,
      campaignId: row.campaignId,
      signatureCount: row.before + row.inserted,
      following: row.followed > 0 || row.wasFollowing > 0,
      positionEmails: row.positionEmails === true,
      commentPending: row.commentPending === true,
    };
  }
  const [campaign] = await query(PUBLIC_CAMPAIGN_SQL, [slug]);
  return { ok: false, reason: campaign ? "not_open" : "not_found" };
}

// Signing as a supporter, the one operation behind the sign form's Server Action (through
// lib/server/signatures/sign-as-supporter.ts) and POST /api/campaigns/{slug}/signature (answered
// by the front door, lib/front-door/steps/signature-endpoint.ts): the supporter's rate limit,
// then the one statement that signs, counts and follows. Two statements, no Prisma round trip
// (docs/decisions/014, 021). The caller has already decided that this supporter may sign.
export async function signAsSupporterWith(
  database: SigningDatabase,
  { userId, slug, input }: { userId: string; slug: string; input: SignatureInput },
): Promise<SupporterSignResult> {
  const limited = await consumeRateLimitsWith(database, [[RATE_LIMITS.signingPerUser, userId]]);
  if (!limited.ok) return { ok: false, reason: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };
  return signCampaignWith(database.query, { slug, userId, input });
}
