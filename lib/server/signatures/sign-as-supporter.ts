import "server-only";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/server/security/rate-limit";
import type { SignatureInput } from "@/lib/validation/signature";
import { signCampaign, type SignResult } from "./sign-campaign";

export type SupporterSignResult = SignResult | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

// Signing as a supporter, the one operation behind the sign form's Server Action and
// POST /api/campaigns/[slug]/signature: the supporter's rate limit, then the one statement that
// signs, counts and follows. Two statements, no Prisma round trip (docs/decisions/014). The
// caller has already decided that this supporter may sign.
export async function signAsSupporter({ userId, slug, input }: { userId: string; slug: string; input: SignatureInput }): Promise<SupporterSignResult> {
  const limited = await consumeRateLimits([[RATE_LIMITS.signingPerUser, userId]]);
  if (!limited.ok) return { ok: false, reason: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };
  return signCampaign({ slug, userId, input });
}
