import "server-only";
import { signAsSupporterWith, type SupporterSignResult } from "@/lib/signing/sign-as-supporter";
import { appDatabase } from "@/lib/server/db";
import type { SignatureInput } from "@/lib/validation/signature";

export type { SupporterSignResult } from "@/lib/signing/sign-as-supporter";

// Signing as a supporter (lib/signing/sign-as-supporter.ts) on the app's database.
export function signAsSupporter(args: { userId: string; slug: string; input: SignatureInput }): Promise<SupporterSignResult> {
  return signAsSupporterWith(appDatabase(), args);
}
