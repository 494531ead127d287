import "server-only";
import { withdrawAsSupporterWith, type SupporterWithdrawResult } from "@/lib/signing/withdraw-as-supporter";
import { appDatabase } from "@/lib/server/db";

export type { SupporterWithdrawResult } from "@/lib/signing/withdraw-as-supporter";

// Withdrawing as a supporter (lib/signing/withdraw-as-supporter.ts) on the app's database.
export function withdrawAsSupporter(args: { userId: string; slug: string }): Promise<SupporterWithdrawResult> {
  return withdrawAsSupporterWith(appDatabase(), args);
}
