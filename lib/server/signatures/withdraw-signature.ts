import "server-only";
import { withdrawSignatureWith } from "@/lib/signing/withdraw-as-supporter";
import { sql } from "@/lib/server/db";

// The withdrawal's one statement (lib/signing/withdraw-as-supporter.ts) on the app's database,
// without the rate limit: for tests and the app's own data work.
export function withdrawSignature(args: { slug: string; userId: string }): Promise<{ withdrawn: boolean }> {
  return withdrawSignatureWith(sql, args);
}
