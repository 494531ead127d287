import "server-only";
import { signCampaignWith, type SignResult } from "@/lib/signing/sign-as-supporter";
import { sql } from "@/lib/server/db";
import type { SignatureInput } from "@/lib/validation/signature";

export type { SignResult } from "@/lib/signing/sign-as-supporter";

// The signing statement without the rate limit (lib/signing/sign-as-supporter.ts), on the app's
// database: for tests that make signatures of their own.
export function signCampaign(args: { slug: string; userId: string; input: SignatureInput }): Promise<SignResult> {
  return signCampaignWith(sql, args);
}
