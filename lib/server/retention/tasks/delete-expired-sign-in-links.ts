import "server-only";
import type { RetentionTaskOptions } from "../retention-schedule";

// Sign-in links that expired unused (used ones are deleted when used). Each names an address.
export async function deleteExpiredSignInLinks({ tx }: RetentionTaskOptions): Promise<number> {
  return tx.$executeRaw`DELETE FROM "VerificationToken" WHERE "expires" < (now() AT TIME ZONE 'UTC')`;
}
