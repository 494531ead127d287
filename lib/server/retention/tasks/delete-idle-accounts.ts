import "server-only";
import type { RetentionTaskOptions } from "../retention-schedule";

// Supporter accounts with no signature, no follow (whose emails they still get) and no sign-in
// for `months` are deleted, with their sign-in links and any emails still kept for them.
// Staff accounts are not: admins manage those (and a deleted last admin would lock everyone
// out). An account whose signatures were detached has none left, so it goes once idle too.
// (Data-modifying WITH clauses all run, whether or not the final SELECT reads them.)
export async function deleteIdleAccounts({ tx, months }: RetentionTaskOptions & { months: number }): Promise<number> {
  const [row] = await tx.$queryRaw<{ deleted: number }[]>`
    WITH idle AS (
      SELECT u."id", u."email" FROM "User" u
       WHERE u."role" = 'SUPPORTER'
         AND GREATEST(u."createdAt", COALESCE(u."lastSignInAt", u."createdAt")) < (now() AT TIME ZONE 'UTC') - make_interval(months => ${months}::int)
         AND NOT EXISTS (SELECT 1 FROM "Signature" s WHERE s."userId" = u."id")
         AND NOT EXISTS (SELECT 1 FROM "Follow" f WHERE f."userId" = u."id" AND f."unsubscribedAt" IS NULL)
         AND NOT EXISTS (SELECT 1 FROM "Session" x WHERE x."userId" = u."id" AND x."expires" > (now() AT TIME ZONE 'UTC'))
       FOR UPDATE OF u
    ), links AS (
      DELETE FROM "VerificationToken" WHERE "identifier" IN (SELECT "email" FROM idle) RETURNING 1
    ), mail AS (
      DELETE FROM "EmailOutbox" WHERE "to" IN (SELECT "email" FROM idle) RETURNING 1
    ), gone AS (
      DELETE FROM "User" WHERE "id" IN (SELECT "id" FROM idle) RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone)::int AS "deleted"`;
  return row?.deleted ?? 0;
}
