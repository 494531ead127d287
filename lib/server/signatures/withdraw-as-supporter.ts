import "server-only";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/server/security/rate-limit";
import { getCampaignCount } from "./get-campaign-count";
import { withdrawSignature } from "./withdraw-signature";

export type SupporterWithdrawResult = { ok: true; withdrawn: boolean; signatureCount: number } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

// Withdrawing as a supporter, behind both the withdraw form's Server Action and
// DELETE /api/campaigns/[slug]/signature: the supporter's rate limit (shared with signing), the
// withdrawal, and the count after it. The caller has already decided this supporter may withdraw.
export async function withdrawAsSupporter({ userId, slug }: { userId: string; slug: string }): Promise<SupporterWithdrawResult> {
  const limited = await consumeRateLimits([[RATE_LIMITS.signingPerUser, userId]]);
  if (!limited.ok) return { ok: false, reason: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };
  const { withdrawn } = await withdrawSignature({ slug, userId });
  const count = await getCampaignCount({ slug });
  return { ok: true, withdrawn, signatureCount: count?.signatureCount ?? 0 };
}
